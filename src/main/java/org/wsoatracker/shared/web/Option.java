package org.wsoatracker.shared.web;

/**
 * One choice in a GOV.UK radios, checkboxes or select component.
 */
public record Option(String value, String label, String hint) {

	public Option(String value, String label) {
		this(value, label, null);
	}

}
