package org.wsoatracker.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page that documents the read API for the people who connect reporting tools to it.
 */
@Controller
class ApiDocsController {

	@GetMapping("/api")
	String docs() {
		return "plan/api";
	}

}
