package org.wsoatracker.people.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.PersonView;
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
 * Adding and changing the people named in a local area's plans: its strategic and operational system leaders. They
 * are listed on the local area's page.
 */
@Controller
@RequestMapping("/local-areas/{areaId}/people")
@PreAuthorize("hasRole('ADMIN')")
class PersonController {

	private static final List<Option> GROUPS = Arrays.stream(LeaderGroup.values())
		.map(group -> new Option(group.name(), group.label()))
		.toList();

	private final PeopleService people;

	PersonController(PeopleService people) {
		this.people = people;
	}

	@GetMapping("/new")
	String newPerson(@PathVariable long areaId, @ModelAttribute("form") PersonForm form, Model model) {
		return page(this.people.localArea(areaId), null, model);
	}

	@PostMapping
	String add(@PathVariable long areaId, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalAreaView area = this.people.localArea(areaId);
		PersonDetails details = form.toCommand(result, organisationIds(areaId));
		if (details == null) {
			return page(area, null, model);
		}
		try {
			this.people.addPerson(areaId, details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return page(area, null, model);
		}
		redirect.addFlashAttribute("success", "Person added");
		return "redirect:/local-areas/" + areaId;
	}

	@GetMapping("/{personId}/edit")
	String edit(@PathVariable long areaId, @PathVariable long personId, Model model) {
		PersonView person = personOf(areaId, personId);
		model.addAttribute("form", PersonForm.of(person));
		return page(this.people.localArea(areaId), person, model);
	}

	@PostMapping("/{personId}")
	String update(@PathVariable long areaId, @PathVariable long personId, @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PersonView person = personOf(areaId, personId);
		LocalAreaView area = this.people.localArea(areaId);
		PersonDetails details = form.toCommand(result, organisationIds(areaId));
		if (details == null) {
			return page(area, person, model);
		}
		try {
			this.people.updatePerson(personId, form.expectedVersion(), details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return stale(area, refusal.field() == null, form, personId, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", "Someone else changed this while you were editing it");
			return stale(area, true, form, personId, model);
		}
		redirect.addFlashAttribute("success", "Person updated");
		return "redirect:/local-areas/" + areaId;
	}

	/**
	 * The form again after a refusal, with what was typed. After someone else's change it carries the current
	 * version, so that saving again (having been told) replaces their change.
	 */
	private String stale(LocalAreaView area, boolean refreshVersion, PersonForm form, long personId, Model model) {
		PersonView current = this.people.person(personId);
		if (refreshVersion) {
			form.setVersion(String.valueOf(current.version()));
		}
		return page(area, current, model);
	}

	private PersonView personOf(long areaId, long personId) {
		PersonView person = this.people.person(personId);
		if (person.localAreaId() != areaId) {
			throw new NotFoundException("Person");
		}
		return person;
	}

	private Set<Long> organisationIds(long areaId) {
		return this.people.organisations(areaId).stream().map(OrganisationView::id).collect(Collectors.toSet());
	}

	private String page(LocalAreaView area, PersonView person, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("person", person);
		model.addAttribute("organisations", this.people.organisations(area.id())
			.stream()
			.map(o -> new Option(String.valueOf(o.id()), o.name() + " (" + o.code() + ")"))
			.toList());
		model.addAttribute("groups", GROUPS);
		return "people/person-form";
	}

}
