package org.wsoatracker.plan;

/**
 * An action with what a lead's update of it needs of its plan, read without the rest of the plan: the plan's id and
 * title, its progress scale, its status and what archives it, if anything does.
 */
public record ActionInPlan(ActionView action, PlanRef plan, ScaleView scale, PlanStatus planStatus,
		Archived planArchived) {

	public long planId() {
		return this.plan.id();
	}

	/**
	 * The plan an action is in, by id and title.
	 */
	public record PlanRef(long id, String title) {
	}

}
