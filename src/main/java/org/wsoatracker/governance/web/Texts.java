package org.wsoatracker.governance.web;

import java.time.LocalDate;

import org.wsoatracker.shared.time.Years;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * The checks the governance forms share: a text required and bounded, a text bounded, a date required or not.
 */
final class Texts {

	private Texts() {
	}

	static void required(Errors errors, String field, String value, String missing, String name, int max) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "required", missing);
		}
		else {
			bounded(errors, field, value, name, max);
		}
	}

	static void bounded(Errors errors, String field, String value, String name, int max) {
		if (value != null && value.trim().length() > max) {
			errors.rejectValue(field, "length", name + " must be " + max + " characters or fewer");
		}
	}

	static String trimmed(String value) {
		return value == null ? "" : value.trim();
	}

	static LocalDate optionalDate(Errors errors, String field, DateParts date, String name) {
		if (date == null || date.isBlank()) {
			return null;
		}
		return requiredDate(errors, field, date, name);
	}

	static LocalDate requiredDate(Errors errors, String field, DateParts date, String name) {
		if (date == null || date.isBlank()) {
			errors.rejectValue(field, "required", "Enter the " + name.toLowerCase());
			return null;
		}
		LocalDate value = date.toLocalDate().orElse(null);
		if (value == null) {
			errors.rejectValue(field, "invalid", date.error(name, name + " must be a real date"));
			return null;
		}
		if (value.getYear() < Years.FIRST || value.getYear() > Years.LAST) {
			errors.rejectValue(field, "range", name + " must be between " + Years.FIRST + " and " + Years.LAST);
			return null;
		}
		return value;
	}

}
