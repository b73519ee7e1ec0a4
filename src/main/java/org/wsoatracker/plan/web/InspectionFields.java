package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * The checks and wording the inspection, finding and weakness forms and pages share.
 */
final class InspectionFields {

	static final String STALE = "Someone else changed this while you were editing it";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private InspectionFields() {
	}

	static String trim(String text) {
		return text == null ? "" : text.trim();
	}

	/**
	 * Rejects the field when it is blank or longer than max; returns the trimmed text.
	 */
	static String required(Errors errors, String field, String value, String whenBlank, String name, int max) {
		String text = trim(value);
		if (text.isEmpty()) {
			errors.rejectValue(field, "required", whenBlank);
		}
		else if (text.length() > max) {
			errors.rejectValue(field, "tooLong", name + " must be " + max + " characters or fewer");
		}
		return text;
	}

	/**
	 * The date typed, or null. Blank is an error only when whenBlank is given; anything typed must make a real date
	 * with a four-digit year. The error goes on the whole date field.
	 */
	static LocalDate date(Errors errors, String field, DateParts parts, String name, String whenBlank) {
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

	static <E extends Enum<E>> E choice(Errors errors, String field, Class<E> type, String value, String whenNone) {
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
	static long version(String text) {
		try {
			return Long.parseLong(trim(text));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static String day(LocalDate date) {
		return date == null ? "Not recorded" : DAY.format(date);
	}

	/**
	 * "9 to 13 December 2019", "30 November to 4 December 2020", or one date when the other is missing.
	 */
	static String range(LocalDate start, LocalDate end) {
		if (start == null || end == null) {
			return start == null && end == null ? "Not recorded" : day(start == null ? end : start);
		}
		if (start.equals(end)) {
			return day(start);
		}
		String from = start.getYear() != end.getYear() ? day(start)
				: start.getMonth() != end.getMonth()
						? DateTimeFormatter.ofPattern("d MMMM", Locale.UK).format(start)
						: String.valueOf(start.getDayOfMonth());
		return from + " to " + day(end);
	}

}
