package org.wsoatracker.people.web;

import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of local areas, and adding one. A local area's own page is in the plan module, because it lists the
 * area's inspections too.
 */
@Controller
@RequestMapping("/local-areas")
class LocalAreaController {

	private final PeopleService people;

	LocalAreaController(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	String localAreas(Model model) {
		model.addAttribute("localAreas", this.people.localAreas());
		return "people/local-areas";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newLocalArea(@ModelAttribute("form") LocalAreaForm form) {
		return "people/local-area-form";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String create(@ModelAttribute("form") LocalAreaForm form, BindingResult result, RedirectAttributes redirect) {
		LocalAreaDetails details = form.toCommand(result);
		if (details == null) {
			return "people/local-area-form";
		}
		try {
			LocalAreaView area = this.people.createLocalArea(details);
			redirect.addFlashAttribute("success", "Local area added");
			return "redirect:/local-areas/" + area.id();
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return "people/local-area-form";
		}
	}

}
