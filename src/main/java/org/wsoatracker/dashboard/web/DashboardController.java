package org.wsoatracker.dashboard.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.dashboard.DashboardFilter;
import org.wsoatracker.dashboard.DashboardService;
import org.wsoatracker.dashboard.PlanDashboard;
import org.wsoatracker.dashboard.PlanHeadline;
import org.wsoatracker.governance.BoardGovernanceService;
import org.wsoatracker.shared.security.AreaMember;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

	private final DashboardBodies bodies;

	private final BoardGovernanceService governance;

	DashboardController(DashboardService dashboards, DashboardBodies bodies, BoardGovernanceService governance) {
		this.dashboards = dashboards;
		this.bodies = bodies;
		this.governance = governance;
	}

	@GetMapping("/dashboard")
	String board(@AuthenticationPrincipal AreaMember user, Model model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		List<PlanHeadline> headlines = this.dashboards.headlines(user.scope());
		model.addAttribute("headlines", headlines);
		model.addAttribute("rows", this.bodies.rows(headlines, request, response));
		return "dashboard/board";
	}

	@GetMapping("/plans/{id}/dashboard")
	String plan(@PathVariable long id, @RequestParam(required = false) String area,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String lead,
			@RequestParam(required = false) String status, Model model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		PlanDashboard dashboard = this.dashboards.dashboard(id,
				new DashboardFilter(number(area), organisation, wholeNumber(lead), status));
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("headline", this.dashboards.headline(id));
		model.addAttribute("decisionsWaiting", this.dashboards.decisionsWaiting(id));
		model.addAttribute("body", this.bodies.body(dashboard, request, response));
		// Risks and actions arising: for the board and the programme office only.
		if (request.isUserInRole("ADMIN") || request.isUserInRole("BOARD")) {
			model.addAttribute("governance",
					this.bodies.governance(dashboard, () -> this.governance.forBoard(id), request, response));
		}
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
