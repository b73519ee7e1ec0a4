package org.wsoatracker.plan.web;

import java.util.List;

import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.security.AreaMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON feed of the plan register (what a reporting tool such as Power BI reads). Documented at
 * {@code /api}.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

	private final PlanService plans;

	PlanApiController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping
	List<PlanSummary> plans(@AuthenticationPrincipal AreaMember user) {
		return this.plans.plans(user.scope());
	}

	@GetMapping("/{id}")
	PlanView plan(@PathVariable long id) {
		return this.plans.plan(id);
	}

}
