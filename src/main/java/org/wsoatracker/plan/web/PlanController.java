package org.wsoatracker.plan.web;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan register's read pages: all plans, one plan as the written statement lays it out, one action.
 */
@Controller
class PlanController {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/plans")
	String plans(Model model) {
		model.addAttribute("plans", this.plans.plans());
		return "plan/plans";
	}

	@GetMapping("/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.plans.plan(id));
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
		return "plan/action";
	}

}
