package org.wsoatracker.demo.web;

import org.wsoatracker.demo.DemoDataService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.security.SignedInUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Removing the demo data, after a page that says what goes and asks to be sure. Administrators only.
 */
@Controller
@RequestMapping("/demo-data/remove")
@PreAuthorize("hasRole('ADMIN')")
class DemoDataController {

	private final DemoDataService demo;

	private final PeopleService people;

	DemoDataController(DemoDataService demo, PeopleService people) {
		this.demo = demo;
		this.people = people;
	}

	@GetMapping
	String confirm(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("present", this.people.demoDataPresent());
		model.addAttribute("demoLocalAreas", this.people.demoLocalAreas());
		model.addAttribute("refusal", this.demo.whyNotRemovedBy(user.getAccountId()).orElse(null));
		return "demo/remove";
	}

	/**
	 * Removes the demo data; when signed in with a demo account, refused with the reason (as every refusal is).
	 */
	@PostMapping
	String remove(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.demo.remove(user.getAccountId(), user.getUsername());
		redirect.addFlashAttribute("success", "Demo data removed");
		return "redirect:/local-areas";
	}

}
