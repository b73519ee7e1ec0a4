package org.wsoatracker.plan;

public enum PlanStatus {

	DRAFT("Draft"), SUBMITTED("Submitted"), ACCEPTED("Accepted as fit for purpose"), CLOSED("Closed");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
