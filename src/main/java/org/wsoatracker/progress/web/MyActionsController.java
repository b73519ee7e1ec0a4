package org.wsoatracker.progress.web;

import java.util.Comparator;
import java.util.List;

import org.wsoatracker.progress.ActionProgress;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A lead's own actions: where each stands and what is due this period.
 */
@Controller
class MyActionsController {

	private final ProgressService progress;

	MyActionsController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping("/my-actions")
	String myActions(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<ActionProgress> actions = this.progress.myActions(user.getAccountId())
			.stream()
			.sorted(Comparator.comparing(ActionProgress::planId).thenComparing(ActionProgress::number))
			.toList();
		model.addAttribute("actions", actions);
		return "progress/my-actions";
	}

}
