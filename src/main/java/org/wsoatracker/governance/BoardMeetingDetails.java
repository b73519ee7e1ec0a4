package org.wsoatracker.governance;

import java.time.LocalDate;
import java.util.Set;

/**
 * A board meeting as the programme office records it. The period reviewed may be null.
 */
public record BoardMeetingDetails(LocalDate heldOn, Set<Long> attendeeIds, Long periodId, String minutesSummary,
		String decisions) {
}
