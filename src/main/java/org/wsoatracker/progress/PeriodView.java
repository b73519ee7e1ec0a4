package org.wsoatracker.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public record PeriodView(long id, long planId, YearMonth month, LocalDate dueDate, boolean reviewPoint, boolean open,
		Instant closedAt, long version) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

	public String label() {
		return label(this.month);
	}

	/**
	 * The day the position at this period is judged on: its due date, or today while that is still to come.
	 */
	public LocalDate judgedOn(LocalDate today) {
		return this.dueDate.isBefore(today) ? this.dueDate : today;
	}

	/**
	 * As a plan's RAG columns head it: "May 20".
	 */
	public String shortLabel() {
		return SHORT.format(this.month);
	}

	public static String label(YearMonth month) {
		return MONTH.format(month);
	}

}
