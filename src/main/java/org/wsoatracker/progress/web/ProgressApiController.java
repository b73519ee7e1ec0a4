package org.wsoatracker.progress.web;

import org.wsoatracker.progress.PlanProgress;
import org.wsoatracker.progress.ProgressService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a plan's actions stand, as JSON: each action's current status, RAG colour, flags and last update, and the
 * action × period matrix of statuses.
 */
@RestController
class ProgressApiController {

	private final ProgressService progress;

	ProgressApiController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping("/api/plans/{id}/progress")
	PlanProgress progress(@PathVariable long id) {
		return this.progress.progress(id);
	}

}
