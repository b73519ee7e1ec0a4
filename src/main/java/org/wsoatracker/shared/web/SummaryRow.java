package org.wsoatracker.shared.web;

/**
 * One row of a GOV.UK summary list; the action is optional.
 */
public record SummaryRow(String key, String value, String actionHref, String actionLabel) {

	public SummaryRow(String key, String value) {
		this(key, value, null, null);
	}

}
