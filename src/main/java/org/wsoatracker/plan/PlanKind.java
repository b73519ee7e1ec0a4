package org.wsoatracker.plan;

public enum PlanKind {

	WRITTEN_STATEMENT_OF_ACTION("Written statement of action (WSOA)", 70),
	ACCELERATED_PROGRESS_PLAN("Accelerated progress plan", null),
	PRIORITY_ACTION_PLAN("Priority action plan", null),
	STRATEGIC_PLAN_UPDATE("Strategic plan update", null);

	private final String label;

	private final Integer workingDaysToSubmit;

	PlanKind(String label, Integer workingDaysToSubmit) {
		this.label = label;
		this.workingDaysToSubmit = workingDaysToSubmit;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Working days after the outcome letter's publication within which the plan must be submitted, where the
	 * inspection framework sets such a deadline.
	 */
	public Integer workingDaysToSubmit() {
		return this.workingDaysToSubmit;
	}

}
