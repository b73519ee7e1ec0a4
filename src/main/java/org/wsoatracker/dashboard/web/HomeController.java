package org.wsoatracker.dashboard.web;

import java.util.List;

import org.wsoatracker.dashboard.DashboardService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each role's home page: what that role is here to do.
 */
@Controller
class HomeController {

	private final PeopleService people;

	private final DashboardService dashboards;

	HomeController(PeopleService people, DashboardService dashboards) {
		this.people = people;
		this.dashboards = dashboards;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("home", HomePage.forRole(user.getRole()));
		// The programme office sets up each local area: a link to each one's task list.
		model.addAttribute("setUpAreas", user.getRole() == Role.ADMIN ? this.people.localAreas(user.scope()) : List.of());
		// The board (its chair above all) comes here to decide: the updates waiting for it, plan by plan.
		model.addAttribute("decisionsWaiting",
				user.getRole() == Role.BOARD ? this.dashboards.decisionsWaiting(user.scope()) : List.of());
		return "dashboard/home";
	}

	record HomePage(String roleLabel, String heading, String summary, List<String> tasks, String startLabel,
			String startHref) {

		static HomePage forRole(Role role) {
			return switch (role) {
				case ADMIN -> new HomePage(role.label(), "Programme office",
						"Set up the local area's inspections, plans and people, and run the monthly reporting cycle.",
						List.of("Set up local areas, partner organisations, people and accounts",
								"Record inspections and the plans that answer them",
								"Open and close monthly reporting periods", "Publish reports for the scrutiny committee"),
						"Go to the plans", "/plans");
				case BOARD -> new HomePage(role.label(), "Improvement Board",
						"See where the plan stands and review each month's progress ratings.",
						List.of("See every plan, area of weakness and action",
								"Confirm or challenge each month's progress updates, with a comment",
								"Read the board pack for each meeting"),
						"Open the dashboard", "/dashboard");
				case LEAD -> new HomePage(role.label(), "Your actions",
						"Report progress on the actions you lead, every month.",
						List.of("Update the progress status, narrative and evidence of your own actions",
								"Revise an update the Improvement Board has challenged"),
						"Go to your actions", "/my-actions");
				case SCRUTINY -> new HomePage(role.label(), "Published reports",
						"Read the progress reports published for the scrutiny committee.",
						List.of("Read each published progress report, exactly as it was published",
								"Download a report as a PDF or spreadsheet"),
						"Read the published reports", "/reports");
			};
		}

	}

}
