package org.wsoatracker.plan;

public enum FindingKind {

	MAIN_FINDING("Main finding"), STRENGTH("Strength"), AREA_FOR_DEVELOPMENT("Area for development");

	private final String label;

	FindingKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
