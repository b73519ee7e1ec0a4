package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * A revisit's own details: its kind, the days the inspectors were there, and the outcome letter's date and summary
 * (both optional until the letter comes).
 */
public record RevisitDetails(RevisitKind kind, LocalDate startDate, LocalDate endDate, LocalDate letterDate,
		String letterSummary) {
}
