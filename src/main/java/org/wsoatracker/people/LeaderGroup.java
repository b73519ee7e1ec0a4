package org.wsoatracker.people;

/**
 * The two people tables of a written statement of action.
 */
public enum LeaderGroup {

	STRATEGIC("Strategic leader"), OPERATIONAL("Operational system leader");

	private final String label;

	LeaderGroup(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
