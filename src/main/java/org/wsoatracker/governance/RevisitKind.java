package org.wsoatracker.governance;

/**
 * What the inspectors came back for: a revisit of a written statement of action (2016 framework) or a monitoring
 * inspection of a priority action plan (2023 framework).
 */
public enum RevisitKind {

	REVISIT("Revisit"), MONITORING_INSPECTION("Monitoring inspection");

	private final String label;

	RevisitKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
