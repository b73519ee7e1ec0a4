package org.wsoatracker.shared.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The service's counted and repeated wording, from {@code messages.properties} in ICU message format, so that plural
 * rules come from one library and not from string concatenation: {@code {0, plural, one {# action is} other {# actions
 * are}}}. Templates reach it as {@code #wording} (see {@code WordingDialect}), Java code as this bean.
 */
@Component
public class Wording {

	/** The status word for an action with no update for the period, on every page, report and download. */
	public static final String NO_UPDATE = "No update";

	private static final ULocale LOCALE = ULocale.UK;

	private final MessageSource messages;

	private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

	public Wording(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * {@link #NO_UPDATE}, for templates.
	 */
	public String noUpdate() {
		return NO_UPDATE;
	}

	/**
	 * The message with this key, its arguments ({0}, {1} …) put in: numbers with their plural forms.
	 */
	public String format(String key, Object... arguments) {
		MessageFormat format = this.formats.computeIfAbsent(key,
				k -> new MessageFormat(this.messages.getMessage(k, null, Locale.UK), LOCALE));
		synchronized (format) {
			return format.format(arguments);
		}
	}

	/**
	 * The GOV.UK Frontend 6 tag class for a colour name: the default tag is blue and has no modifier ("blue" and
	 * "light-blue", which version 6 no longer has, are shown as it), and every other colour is its modifier class.
	 */
	public String tagClass(String colour) {
		if (colour == null || colour.isBlank() || colour.equals("blue") || colour.equals("light-blue")) {
			return "";
		}
		return "govuk-tag--" + colour;
	}

}
