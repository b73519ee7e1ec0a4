package org.wsoatracker.progress.reminders;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An action that still needs an update from one of its leads for its plan's open reporting period.
 */
record DueUpdate(long personId, String personName, String email, long periodId, YearMonth month, LocalDate dueDate,
		long planId, String planTitle, long actionId, String actionNumber, String outcome) {
}
