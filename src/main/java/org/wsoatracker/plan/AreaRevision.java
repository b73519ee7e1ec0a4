package org.wsoatracker.plan;

import java.util.List;

/**
 * An area as a revision of a plan gives it: {@code id} when it is one of the plan's areas (it keeps its identity),
 * null for a new one. {@code weaknessNumbers} are the numbers of the inspection's weaknesses it answers.
 */
public record AreaRevision(Long id, int number, String title, String weaknessText, List<Integer> weaknessNumbers,
		List<ActionRevision> actions) {

	public AreaRevision {
		weaknessNumbers = List.copyOf(weaknessNumbers);
		actions = List.copyOf(actions);
	}

	/**
	 * An action as a revision gives it: {@code id} when it is one of the area's actions (it keeps its identity, its
	 * progress updates and the board's decisions on them), null for a new one. Its measures and sub-actions are
	 * matched by their ids in the same way.
	 */
	public record ActionRevision(Long id, ActionDetails details) {
	}

}
