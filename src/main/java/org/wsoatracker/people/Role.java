package org.wsoatracker.people;

/**
 * What an account may do. See the roles table in the domain notes.
 */
public enum Role {

	ADMIN("Administrator"), BOARD("Board member"), LEAD("Action lead"), SCRUTINY("Scrutiny committee");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
