package org.wsoatracker.dashboard.web;

import org.wsoatracker.dashboard.DashboardFilter;
import org.wsoatracker.dashboard.DashboardService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

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
	String plan(@PathVariable long id, @RequestParam(required = false) String area,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String lead,
			@RequestParam(required = false) String status, Model model) {
		model.addAttribute("dashboard",
				this.dashboards.dashboard(id, new DashboardFilter(number(area), organisation, wholeNumber(lead), status)));
		return "dashboard/plan-dashboard";
	}

	/**
	 * A filter value from the query string; anything that is not a number matches every action.
	 */
	private static Integer number(String text) {
		Long value = wholeNumber(text);
		return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
	}

	private static Long wholeNumber(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
