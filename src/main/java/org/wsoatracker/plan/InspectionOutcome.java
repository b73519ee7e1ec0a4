package org.wsoatracker.plan;

public enum InspectionOutcome {

	WRITTEN_STATEMENT_REQUIRED("Written statement of action required"),
	NO_WRITTEN_STATEMENT("No written statement of action required"),
	POSITIVE_EXPERIENCES("Positive experiences and outcomes"),
	INCONSISTENT_EXPERIENCES("Inconsistent experiences and outcomes"),
	WIDESPREAD_OR_SYSTEMIC_FAILINGS("Widespread and/or systemic failings");

	private final String label;

	InspectionOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
