package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.util.Map;

import org.wsoatracker.plan.Rag;

/**
 * What a lead reports for an action this period. {@code statusCode} is a step of the plan's progress scale;
 * {@code confidence} is a separate delivery confidence rating where the plan uses one; {@code actuals} are values
 * for the action's numeric measures, by measure id.
 */
public record UpdateCommand(String statusCode, Rag confidence, String done, String nextSteps,
		Map<Long, BigDecimal> actuals) {

	public UpdateCommand {
		actuals = actuals == null ? Map.of() : Map.copyOf(actuals);
	}

}
