package org.wsoatracker.shared.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.wsoatracker.shared.time.Years;

/**
 * What a person typed into a GOV.UK date input, kept as text so that it can be shown back exactly as typed.
 * Validation errors belong on the whole date field (not on day, month or year) so the error summary links to the
 * first input. A date is only taken with its year among the service's {@link Years}.
 */
public class DateParts {

	private String day = "";

	private String month = "";

	private String year = "";

	public DateParts() {
	}

	public static DateParts of(LocalDate date) {
		DateParts parts = new DateParts();
		if (date != null) {
			parts.day = String.valueOf(date.getDayOfMonth());
			parts.month = String.valueOf(date.getMonthValue());
			parts.year = String.valueOf(date.getYear());
		}
		return parts;
	}

	public boolean isBlank() {
		return isBlank(this.day) && isBlank(this.month) && isBlank(this.year);
	}

	/**
	 * The date typed, if day, month and year make a real date in one of the service's years.
	 */
	public Optional<LocalDate> toLocalDate() {
		try {
			return Optional.of(LocalDate.of(number(this.year), number(this.month), number(this.day)))
				.filter(Years::contain);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The month typed (day ignored), if month and year make a real month in one of the service's years.
	 */
	public Optional<YearMonth> toYearMonth() {
		try {
			return Optional.of(YearMonth.of(number(this.year), number(this.month))).filter(Years::contain);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The error for what was typed when it is not a date the service takes: that its year must be one of the
	 * service's years, when a year outside them was typed; otherwise {@code notReal}.
	 */
	public String error(String name, String notReal) {
		try {
			return Years.contain(number(this.year)) ? notReal : Years.outside(name);
		}
		catch (NumberFormatException ex) {
			return notReal;
		}
	}

	private static int number(String text) {
		String trimmed = text == null ? "" : text.trim();
		if (trimmed.length() > 4) {
			throw new NumberFormatException("too long");
		}
		return Integer.parseInt(trimmed);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

}
