package org.wsoatracker.shared.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.thymeleaf.spring6.util.DetailedError;

import org.springframework.stereotype.Component;

/**
 * Turns a form field path into the id its input carries, so that labels, hints, error messages and the error
 * summary's links agree: {@code measures[0].target} becomes {@code measures-0-target}, {@code actuals['12']} becomes {@code actuals-12}. Used from templates as
 * {@code @govuk.id(field)}.
 */
@Component("govuk")
public class GovukFields {

	public String id(String field) {
		return field.replace("'", "").replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
	}

	public String hintId(String field) {
		return id(field) + "-hint";
	}

	public String errorId(String field) {
		return id(field) + "-error";
	}

	/**
	 * The errors an error summary lists: each error about the whole form, and the first error of each field (the one
	 * shown beside it), so that a field refused twice (its text refused as it was bound, then found blank) is listed
	 * once.
	 */
	public List<DetailedError> summary(List<DetailedError> errors) {
		Set<String> fields = new HashSet<>();
		return errors.stream().filter(error -> error.isGlobal() || fields.add(error.getFieldName())).toList();
	}

	/**
	 * The value of {@code aria-describedby} for an input: its hint and its error message, when it has them.
	 */
	public String describedBy(String field, boolean hasHint, boolean hasError) {
		String ids = ((hasHint ? hintId(field) : "") + " " + (hasError ? errorId(field) : "")).trim();
		return ids.isEmpty() ? null : ids;
	}

}
