package org.wsoatracker.people;

public enum OrganisationKind {

	COUNCIL("Council"), CCG("Clinical commissioning group (CCG)"), ICB("Integrated care board (ICB)"),
	NHS_TRUST("NHS trust"), OTHER("Other");

	private final String label;

	OrganisationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
