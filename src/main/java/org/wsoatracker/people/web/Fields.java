package org.wsoatracker.people.web;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * The checks the people forms share, with GOV.UK wording.
 */
final class Fields {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private Fields() {
	}

	static String trim(String text) {
		return text == null ? "" : text.trim();
	}

	/**
	 * Rejects the field when it is blank or longer than the database holds; returns the trimmed text.
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

	static boolean looksLikeEmail(String text) {
		return EMAIL.matcher(text).matches();
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

}
