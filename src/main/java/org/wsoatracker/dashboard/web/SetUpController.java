package org.wsoatracker.dashboard.web;

import org.wsoatracker.dashboard.LocalAreaSetUp;
import org.wsoatracker.dashboard.LocalAreaSetUp.TaskStatus;
import org.wsoatracker.dashboard.SetUpService;
import org.wsoatracker.shared.web.TaskListItem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Set up your local area": the programme office's task list for a local area, from partner organisations to the
 * first reporting period. Read only; each task links to where it is done.
 */
@Controller
class SetUpController {

	private final SetUpService setUp;

	SetUpController(SetUpService setUp) {
		this.setUp = setUp;
	}

	@GetMapping("/local-areas/{id}/set-up")
	@PreAuthorize("hasRole('ADMIN')")
	String setUp(@PathVariable long id, Model model) {
		LocalAreaSetUp setUp = this.setUp.setUp(id);
		model.addAttribute("setUp", setUp);
		model.addAttribute("tasks", setUp.tasks().stream().map(SetUpController::item).toList());
		return "dashboard/set-up";
	}

	private static TaskListItem item(LocalAreaSetUp.Task task) {
		return new TaskListItem("set-up-" + task.id(), task.name(), task.rule(), task.href(), task.status().label(),
				colour(task.status()));
	}

	/**
	 * As the GOV.UK task list shows statuses: a task still to do as a tag, a completed one (and one that cannot start
	 * yet) as text.
	 */
	private static String colour(TaskStatus status) {
		return switch (status) {
			case NOT_STARTED -> "blue";
			case IN_PROGRESS -> "light-blue";
			case COMPLETED, CANNOT_START_YET -> null;
		};
	}

}
