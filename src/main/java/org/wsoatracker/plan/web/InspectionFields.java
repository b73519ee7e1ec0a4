package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * The checks and wording the inspection, finding and weakness forms and pages share.
 */
final class InspectionFields {

	static final String STALE = "Someone else changed this while you were editing it";

	private InspectionFields() {
	}

	/**
	 * Rejects the field when it is blank or longer than max; returns the trimmed text.
	 */
	static String required(Errors errors, String field, String value, String whenBlank, String name, int max) {
		String text = FormFields.trim(value);
		if (text.isEmpty()) {
			errors.rejectValue(field, "required", whenBlank);
		}
		else if (text.length() > max) {
			errors.rejectValue(field, "tooLong", name + " must be " + max + " characters or fewer");
		}
		return text;
	}

	/**
	 * "9 to 13 December 2019", "30 November to 4 December 2020", or one date when the other is missing.
	 */
	static String range(LocalDate start, LocalDate end) {
		if (start == null || end == null) {
			return start == null && end == null ? "Not recorded" : FormFields.day(start == null ? end : start);
		}
		if (start.equals(end)) {
			return FormFields.day(start);
		}
		String from = start.getYear() != end.getYear() ? FormFields.day(start)
				: start.getMonth() != end.getMonth()
						? DateTimeFormatter.ofPattern("d MMMM", Locale.UK).format(start)
						: String.valueOf(start.getDayOfMonth());
		return from + " to " + FormFields.day(end);
	}

}
