package org.wsoatracker.shared.web;

import java.beans.PropertyEditorSupport;

import org.wsoatracker.shared.text.StorableText;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text any form or address sends is checked once, before any form sees it: control characters (NUL and the
 * like, which PostgreSQL cannot store and no one types; tabs and line breaks are kept) and anything longer than
 * {@value #MAX_LENGTH} characters are refused as the field's error (messages.properties, typeMismatch.java.lang.String),
 * so the form is shown again with what was typed and nothing is saved. Each form's own limits, nearer each field's
 * use, come after this.
 */
@ControllerAdvice
class TextInputAdvice {

	static final int MAX_LENGTH = 100_000;

	@InitBinder
	void refuseUnstorableText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				if (text != null && (text.length() > MAX_LENGTH || StorableText.hasControlCharacters(text))) {
					throw new IllegalArgumentException("Text that cannot be stored");
				}
				setValue(text);
			}
		});
	}

}
