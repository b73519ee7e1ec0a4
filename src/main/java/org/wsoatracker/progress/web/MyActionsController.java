package org.wsoatracker.progress.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wsoatracker.plan.PlanService;
import org.wsoatracker.progress.ActionProgress;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A lead's own actions, under a heading for each plan (in the plan register's order): where each stands and what is
 * due this period.
 */
@Controller
class MyActionsController {

	private final ProgressService progress;

	private final PlanService plans;

	MyActionsController(ProgressService progress, PlanService plans) {
		this.progress = progress;
		this.plans = plans;
	}

	@GetMapping("/my-actions")
	String myActions(@AuthenticationPrincipal SignedInUser user, Model model) {
		// Each plan's actions in the plan's own order, as the progress service answers them.
		Map<Long, List<ActionProgress>> byPlan = this.progress.myActions(user.getAccountId())
			.stream()
			.collect(Collectors.groupingBy(ActionProgress::planId));
		List<PlanActions> groups = this.plans.plans(user.scope())
			.stream()
			.filter(plan -> byPlan.containsKey(plan.id()))
			.map(plan -> new PlanActions(plan.id(), plan.title(), plan.localAreaName(), byPlan.get(plan.id())))
			.toList();
		model.addAttribute("plans", groups);
		return "progress/my-actions";
	}

	/**
	 * One plan's title and local area, with the actions in it the lead leads.
	 */
	record PlanActions(long planId, String title, String localAreaName, List<ActionProgress> actions) {
	}

}
