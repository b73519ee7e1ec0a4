package org.wsoatracker.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationDetails;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Adding and changing a local area's partner organisations. They are listed on the local area's page.
 */
@Controller
@RequestMapping("/local-areas/{areaId}/organisations")
@PreAuthorize("hasRole('ADMIN')")
class OrganisationController {

	private static final Map<OrganisationKind, String> HINTS = Map.of(OrganisationKind.CCG,
			"The NHS body for the area until July 2022", OrganisationKind.ICB,
			"The NHS body for the area since July 2022", OrganisationKind.NHS_TRUST,
			"For example, a hospital or mental health trust");

	private final PeopleService people;

	OrganisationController(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/new")
	String newOrganisation(@PathVariable long areaId, @ModelAttribute("form") OrganisationForm form, Model model) {
		return page(this.people.localArea(areaId), null, model);
	}

	@PostMapping
	String add(@PathVariable long areaId, @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalAreaView area = this.people.localArea(areaId);
		OrganisationDetails details = form.toCommand(result);
		if (details == null) {
			return page(area, null, model);
		}
		try {
			this.people.addOrganisation(areaId, details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return page(area, null, model);
		}
		redirect.addFlashAttribute("success", "Organisation added");
		return "redirect:/local-areas/" + areaId;
	}

	@GetMapping("/{organisationId}/edit")
	String edit(@PathVariable long areaId, @PathVariable long organisationId, Model model) {
		OrganisationView organisation = organisationOf(areaId, organisationId);
		model.addAttribute("form", OrganisationForm.of(organisation));
		return page(this.people.localArea(areaId), organisation, model);
	}

	@PostMapping("/{organisationId}")
	String update(@PathVariable long areaId, @PathVariable long organisationId,
			@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		OrganisationView organisation = organisationOf(areaId, organisationId);
		LocalAreaView area = this.people.localArea(areaId);
		OrganisationDetails details = form.toCommand(result);
		if (details == null) {
			return page(area, organisation, model);
		}
		try {
			this.people.updateOrganisation(organisationId, form.expectedVersion(), details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return stale(area, refusal.field() == null, form, organisationId, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", "Someone else changed this while you were editing it");
			return stale(area, true, form, organisationId, model);
		}
		redirect.addFlashAttribute("success", "Organisation updated");
		return "redirect:/local-areas/" + areaId;
	}

	/**
	 * The form again after a refusal, with what was typed. After someone else's change it carries the current
	 * version, so that saving again (having been told) replaces their change.
	 */
	private String stale(LocalAreaView area, boolean refreshVersion, OrganisationForm form, long organisationId,
			Model model) {
		OrganisationView current = this.people.organisation(organisationId);
		if (refreshVersion) {
			form.setVersion(String.valueOf(current.version()));
		}
		return page(area, current, model);
	}

	private OrganisationView organisationOf(long areaId, long organisationId) {
		OrganisationView organisation = this.people.organisation(organisationId);
		if (organisation.localAreaId() != areaId) {
			throw new NotFoundException("Organisation");
		}
		return organisation;
	}

	private String page(LocalAreaView area, OrganisationView organisation, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("organisation", organisation);
		model.addAttribute("kinds", kinds());
		return "people/organisation-form";
	}

	static List<Option> kinds() {
		return Arrays.stream(OrganisationKind.values())
			.map(kind -> new Option(kind.name(), kind.label(), HINTS.get(kind)))
			.toList();
	}

}
