package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanTrail;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionView;
import org.wsoatracker.shared.audit.AuditEntry;
import org.wsoatracker.shared.audit.AuditTrail;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.AreaMember;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan register's read pages: the plans in use, the archived ones, one plan as the written statement lays it out,
 * one action.
 */
@Controller
class PlanController {

	private final PlanService plans;

	private final AuditTrail audit;

	private final ObjectProvider<PlanTrail> trail;

	PlanController(PlanService plans, AuditTrail audit, ObjectProvider<PlanTrail> trail) {
		this.plans = plans;
		this.audit = audit;
		this.trail = trail;
	}

	@GetMapping("/plans")
	String plans(@AuthenticationPrincipal AreaMember user, Model model) {
		model.addAttribute("plans", this.plans.plans(user.scope()));
		return "plan/plans";
	}

	@GetMapping("/plans/archived")
	String archivedPlans(@AuthenticationPrincipal AreaMember user, Model model) {
		model.addAttribute("plans", this.plans.archivedPlans(user.scope()));
		return "plan/archived-plans";
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		PlanView plan = this.plans.plan(id);
		model.addAttribute("plan", plan);
		PlanTrail source = this.trail.getIfAvailable();
		model.addAttribute("trail", source != null ? source.trail(id)
				: List.of(new PlanTrail.Step("Inspection", plan.inspection().title(),
						"/inspections/" + plan.inspection().id(), false),
						new PlanTrail.Step(plan.kind().label(), plan.title(), "/plans/" + id, true)));
		return "plan/plan";
	}

	@GetMapping("/plans/{planId}/actions/{actionId}")
	String action(@PathVariable long planId, @PathVariable long actionId, Model model) {
		ActionView action = this.plans.action(actionId);
		if (action.planId() != planId) {
			throw new NotFoundException("Action");
		}
		PlanView plan = this.plans.plan(planId);
		model.addAttribute("plan", plan);
		model.addAttribute("area", plan.areas().stream().filter(a -> a.id() == action.areaId()).findFirst().orElseThrow());
		model.addAttribute("action", action);
		model.addAttribute("carriedFrom", action.carriedFromId() == null ? null : this.plans.action(action.carriedFromId()));
		model.addAttribute("carriedFromPlan", action.carriedFromId() == null ? null
				: this.plans.plan(this.plans.action(action.carriedFromId()).planId()).title());
		List<AuditEntry> history = new ArrayList<>(this.audit.history("PlanAction", List.of(actionId)));
		history.addAll(this.audit.history("Measure", action.measures().stream().map(MeasureView::id).toList()));
		history.addAll(this.audit.history("SubAction", action.subActions().stream().map(SubActionView::id).toList()));
		history.sort(Comparator.comparing(AuditEntry::id).reversed());
		model.addAttribute("history", history);
		return "plan/action";
	}

}
