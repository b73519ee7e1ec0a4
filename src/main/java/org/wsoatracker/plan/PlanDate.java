package org.wsoatracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A date as a plan states it: a day ("18 February 2020") or only a month ("February 2020"). A month is stored as its
 * first day.
 */
@Embeddable
public record PlanDate(LocalDate date, @Enumerated(EnumType.STRING) Precision precision) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public enum Precision {

		DAY, MONTH

	}

	public PlanDate {
		if (precision == Precision.MONTH && date.getDayOfMonth() != 1) {
			date = date.withDayOfMonth(1);
		}
	}

	public static PlanDate ofDay(LocalDate date) {
		return new PlanDate(date, Precision.DAY);
	}

	public static PlanDate ofMonth(YearMonth month) {
		return new PlanDate(month.atDay(1), Precision.MONTH);
	}

	/**
	 * Reads "2020-02-18" as a day and "2020-02" as a month; null or blank gives null.
	 * @throws IllegalArgumentException when the text is neither
	 */
	public static PlanDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		try {
			return trimmed.length() <= 7 ? ofMonth(YearMonth.parse(trimmed)) : ofDay(LocalDate.parse(trimmed));
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a date: " + trimmed, ex);
		}
	}

	/**
	 * The last day the date covers: the day itself, or the month's last day.
	 */
	public LocalDate lastDay() {
		return this.precision == Precision.DAY ? this.date : YearMonth.from(this.date).atEndOfMonth();
	}

	/**
	 * ISO text, as {@link #parse} reads it: "2020-02-18" or "2020-02".
	 */
	public String iso() {
		return this.precision == Precision.DAY ? this.date.toString() : YearMonth.from(this.date).toString();
	}

	/**
	 * As people write it: "18 February 2020" or "February 2020".
	 */
	public String display() {
		return (this.precision == Precision.DAY ? DAY : MONTH).format(this.date);
	}

	@Override
	public String toString() {
		return iso();
	}

}
