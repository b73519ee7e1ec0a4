package org.wsoatracker.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A board meeting with its attendees by name, the period it reviewed (null if none) and its actions arising.
 */
public record BoardMeetingView(long id, long planId, LocalDate heldOn, List<Long> attendeeIds, List<String> attendees,
		Long periodId, String periodLabel, String minutesSummary, String decisions, List<ActionArisingView> actions,
		long version) {

	public long openActions() {
		return this.actions.stream().filter(action -> !action.closed()).count();
	}

}
