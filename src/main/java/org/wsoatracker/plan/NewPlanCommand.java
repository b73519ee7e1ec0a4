package org.wsoatracker.plan;

import java.time.YearMonth;
import java.util.List;

/**
 * A whole plan, created at once (demo data, spreadsheet import).
 */
public record NewPlanCommand(long inspectionId, PlanDetails details, List<SignOffDetails> signOffs,
		List<YearMonth> reviewPoints, List<ActivityDetails> activity, List<AreaCommand> areas) {
}
