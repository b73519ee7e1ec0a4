package org.wsoatracker.dashboard.web;

import org.wsoatracker.dashboard.DashboardService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Improvement Board's dashboards: every plan's headline position, and one plan in depth. Read only.
 */
@Controller
class DashboardController {

	private final DashboardService dashboards;

	DashboardController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/dashboard")
	String board(Model model) {
		model.addAttribute("headlines", this.dashboards.headlines());
		return "dashboard/board";
	}

	@GetMapping("/plans/{id}/dashboard")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("dashboard", this.dashboards.dashboard(id));
		return "dashboard/plan-dashboard";
	}

}
