package org.wsoatracker.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement, for everyone, signed in or not. A controller of its own rather than a view controller:
 * its address is then found at once, where a view controller's is tried only after every other page's address has
 * been matched against the request (a third of the page's cost, measured in docs/benchmarks.md).
 */
@Controller
class AccessibilityController {

	@GetMapping("/accessibility")
	String statement() {
		return "shared/accessibility";
	}

}
