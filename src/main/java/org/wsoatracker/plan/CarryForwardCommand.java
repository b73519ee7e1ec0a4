package org.wsoatracker.plan;

import java.util.Set;

/**
 * The next plan made from an earlier one: its kind and title, the earlier plan's areas of weakness it answers, and the
 * earlier plan's actions it carries on (see {@link PlanService#carryForward}).
 */
public record CarryForwardCommand(long sourcePlanId, PlanKind kind, String title, Set<Long> weaknessIds,
		Set<Long> actionIds) {

	public CarryForwardCommand {
		weaknessIds = Set.copyOf(weaknessIds);
		actionIds = Set.copyOf(actionIds);
	}

}
