package org.wsoatracker.plan;

import java.util.List;

/**
 * An area of weakness with its actions, when a whole plan is created at once. {@code weaknessNumber} is the number of
 * the inspection's weakness it answers, if any.
 */
public record AreaCommand(int number, String title, String weaknessText, Integer weaknessNumber,
		List<ActionDetails> actions) {
}
