package org.wsoatracker.plan;

import java.util.List;

/**
 * An area of weakness with its actions, when a whole plan is created at once. {@code weaknessNumbers} are the numbers
 * of the inspection's weaknesses it answers: at least one.
 */
public record AreaCommand(int number, String title, String weaknessText, List<Integer> weaknessNumbers,
		List<ActionDetails> actions) {
}
