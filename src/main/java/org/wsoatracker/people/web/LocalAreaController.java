package org.wsoatracker.people.web;

import java.util.List;
import java.util.Optional;

import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.AreaMember;
import org.wsoatracker.shared.web.Confirmation;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of local areas (the archived ones apart), adding one, and archiving, restoring and deleting one, each
 * archive and delete after a page that asks to be sure. A local area's own page is in the plan module, because it
 * lists the area's inspections too.
 */
@Controller
@RequestMapping("/local-areas")
class LocalAreaController {

	private static final List<String> ARCHIVING = List.of(
			"the local area and everything in it (its inspections and their plans) leave the lists, the board's"
					+ " dashboard, leads' actions and reminders",
			"its plans take no new reporting periods or updates",
			"it stays readable under archived local areas, with its history and published reports, which the scrutiny"
					+ " committee can still read",
			"you can restore it at any time");

	private static final List<String> DELETING = List.of(
			"the local area, its partner organisations and its people are deleted",
			"the audit trail keeps a record that they were deleted, and by whom");

	private final PeopleService people;

	LocalAreaController(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	String localAreas(@AuthenticationPrincipal AreaMember user, Model model) {
		model.addAttribute("localAreas", this.people.localAreas(user.scope()));
		model.addAttribute("demoDataPresent", this.people.demoDataPresent());
		return "people/local-areas";
	}

	@GetMapping("/archived")
	String archivedLocalAreas(@AuthenticationPrincipal AreaMember user, Model model) {
		model.addAttribute("localAreas", this.people.archivedLocalAreas(user.scope()));
		return "people/archived-local-areas";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String newLocalArea(@ModelAttribute("form") LocalAreaForm form) {
		return "people/local-area-form";
	}

	@PostMapping
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String create(@ModelAttribute("form") LocalAreaForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, RedirectAttributes redirect) {
		LocalAreaDetails details = form.toCommand(result);
		if (details == null) {
			return "people/local-area-form";
		}
		try {
			LocalAreaView area = this.people.createLocalArea(details, user.getAccountId());
			redirect.addFlashAttribute("success", "Local area added");
			return "redirect:/local-areas/" + area.id();
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return "people/local-area-form";
		}
	}

	@GetMapping("/{id}/archive")
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String confirmArchive(@PathVariable long id, Model model) {
		model.addAttribute("confirmation", Confirmation.archive("local area", this.people.localArea(id).name(),
				ARCHIVING, "/local-areas/" + id + "/archive", "/local-areas/" + id));
		return "shared/archive";
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		this.people.archiveLocalArea(id);
		redirect.addFlashAttribute("success", "Local area archived: it is under archived local areas");
		return "redirect:/local-areas";
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.people.restoreLocalArea(id);
		redirect.addFlashAttribute("success", "Local area restored");
		return "redirect:/local-areas/" + id;
	}

	@GetMapping("/{id}/delete")
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String confirmDelete(@PathVariable long id, Model model) {
		return deletePage(id, this.people.whyLocalAreaIsKept(id), model);
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('SERVICE_ADMIN')")
	String delete(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			this.people.deleteLocalArea(id);
		}
		catch (ConflictException refusal) {
			return deletePage(id, Optional.of(refusal.getMessage()), model);
		}
		redirect.addFlashAttribute("success", "Local area deleted");
		return "redirect:/local-areas";
	}

	private String deletePage(long id, Optional<String> refusal, Model model) {
		LocalAreaView area = this.people.localArea(id);
		String path = "/local-areas/" + id;
		model.addAttribute("confirmation", Confirmation.delete("local area", area.name(), DELETING, path + "/delete",
				path, refusal, area.archived() ? null : path + "/archive"));
		return "shared/delete";
	}

}
