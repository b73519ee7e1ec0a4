package org.wsoatracker.governance;

/**
 * Whether a risk, or an action arising from a board meeting, is open or closed.
 */
public enum RiskStatus {

	OPEN("Open"), CLOSED("Closed");

	private final String label;

	RiskStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
