package org.wsoatracker.plan;

/**
 * A sub-action as given: its id when it is one the action already has, or null for a new one.
 */
public record SubActionDetails(Long id, String label, String text, PlanDate start, PlanDate end, String phase) {

	/**
	 * A new sub-action.
	 */
	public SubActionDetails(String label, String text, PlanDate start, PlanDate end, String phase) {
		this(null, label, text, start, end, phase);
	}

}
