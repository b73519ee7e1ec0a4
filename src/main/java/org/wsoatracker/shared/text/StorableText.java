package org.wsoatracker.shared.text;

import java.util.regex.Pattern;

/**
 * Text the service stores as it was typed or imported: no control characters (NUL and the like, which PostgreSQL
 * cannot store and no one types; tabs and line breaks are kept).
 */
public final class StorableText {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private StorableText() {
	}

	public static boolean hasControlCharacters(String text) {
		return text != null && CONTROL.matcher(text).find();
	}

}
