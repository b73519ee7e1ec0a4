package org.wsoatracker.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanTrail;
import org.wsoatracker.plan.PlanView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trail of plans through their revisits: back from the plan to the first plan made after the inspection, then
 * forward through each plan's revisits to the plan made from one of them.
 */
@Component
class RevisitTrail implements PlanTrail {

	private final RevisitRepository revisits;

	private final PlanService plans;

	RevisitTrail(RevisitRepository revisits, PlanService plans) {
		this.revisits = revisits;
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Step> trail(long planId) {
		long first = planId;
		Set<Long> seen = new HashSet<>(Set.of(planId));
		Optional<Revisit> before = this.revisits.findFirstByNextPlanId(first);
		while (before.isPresent() && seen.add(before.get().getPlanId())) {
			first = before.get().getPlanId();
			before = this.revisits.findFirstByNextPlanId(first);
		}
		PlanView plan = this.plans.plan(first);
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("Inspection", plan.inspection().title(), "/inspections/" + plan.inspection().id(), false));
		Set<Long> shown = new HashSet<>();
		while (plan != null && shown.add(plan.id())) {
			steps.add(new Step(plan.kind().label(), plan.title(), "/plans/" + plan.id(), plan.id() == planId));
			Long next = null;
			for (Revisit revisit : this.revisits.findByPlanIdOrderByStartDateAsc(plan.id())) {
				RevisitDetails details = revisit.details();
				steps.add(new Step(details.kind().label(),
						new RevisitView(revisit.getId(), plan.id(), plan.title(), revisit.getInspectionId(), null,
								details, null, null, 0, List.of()).title(),
						"/plans/" + plan.id() + "/revisits/" + revisit.getId(), false));
				if (next == null && revisit.getNextPlanId() != null) {
					next = revisit.getNextPlanId();
				}
			}
			plan = next == null ? null : this.plans.plan(next);
		}
		return steps;
	}

}
