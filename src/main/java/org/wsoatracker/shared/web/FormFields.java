package org.wsoatracker.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * The checks and wording forms share: trimmed text within its bound, a date typed in three parts, one of an enum's
 * values, the version a form was started from, and a day as pages write it.
 */
public final class FormFields {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private FormFields() {
	}

	public static String trim(String text) {
		return text == null ? "" : text.trim();
	}

	/**
	 * The trimmed text, or null when blank; an error when it is blank (if whenBlank is given) or longer than max.
	 */
	public static String text(Errors errors, String field, String value, String whenBlank, String name, int max) {
		String text = trim(value);
		if (text.isEmpty() && whenBlank != null) {
			errors.rejectValue(field, "required", whenBlank);
		}
		else if (text.length() > max) {
			errors.rejectValue(field, "tooLong", name + " must be " + max + " characters or fewer");
		}
		return text.isEmpty() ? null : text;
	}

	/**
	 * The date typed, or null. Blank is an error only when whenBlank is given; anything typed must make a real date
	 * with a four-digit year. The error goes on the whole date field.
	 */
	public static LocalDate date(Errors errors, String field, DateParts parts, String name, String whenBlank) {
		if (parts == null || parts.isBlank()) {
			if (whenBlank != null) {
				errors.rejectValue(field, "required", whenBlank);
			}
			return null;
		}
		Optional<LocalDate> date = trim(parts.getYear()).length() == 4 ? parts.toLocalDate() : Optional.empty();
		if (date.isEmpty()) {
			errors.rejectValue(field, "invalid", parts.error(name, name + " must be a real date"));
		}
		return date.orElse(null);
	}

	/**
	 * An error on the later date's field when both dates are given and it comes before the earlier one: "End date
	 * must be the same as or after the start date".
	 */
	public static void notBefore(Errors errors, String field, LocalDate later, String laterName, LocalDate earlier,
			String earlierName) {
		if (later != null && earlier != null && later.isBefore(earlier)) {
			errors.rejectValue(field, "order", laterName + " must be the same as or after the " + earlierName);
		}
	}

	/**
	 * The enum's value of that name; an error, and null, when none has it.
	 */
	public static <E extends Enum<E>> E choice(Errors errors, String field, Class<E> type, String value,
			String whenNone) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		errors.rejectValue(field, "required", whenNone);
		return null;
	}

	/**
	 * The version the form was started from; a missing or garbled one can never match, so the change is refused.
	 */
	public static long version(String text) {
		try {
			return Long.parseLong(trim(text));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * "14 November 2022", or "Not recorded".
	 */
	public static String day(LocalDate date) {
		return date == null ? "Not recorded" : DAY.format(date);
	}

}
