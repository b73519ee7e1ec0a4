package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.FindingView;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.web.FormFields;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.Refusals;
import org.wsoatracker.shared.web.SummaryRow;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An inspection's page (its details, areas of weakness, findings and the plans that answer it), and adding and
 * changing an inspection's details.
 */
@Controller
class InspectionController {

	private static final List<Option> FRAMEWORKS = Arrays.stream(InspectionFramework.values())
		.map(f -> new Option(f.name(), f.label()))
		.toList();

	private static final List<Option> OUTCOMES = Arrays.stream(InspectionOutcome.values())
		.map(o -> new Option(o.name(), o.label()))
		.toList();

	private final InspectionService inspections;

	private final PeopleService people;

	InspectionController(InspectionService inspections, PeopleService people) {
		this.inspections = inspections;
		this.people = people;
	}

	@GetMapping("/inspections/{id}")
	String inspection(@PathVariable long id, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		InspectionDetails details = inspection.details();
		model.addAttribute("inspection", inspection);
		model.addAttribute("detailRows", List.of(new SummaryRow("Kind of inspection", details.framework().label()),
				new SummaryRow("Inspection dates", InspectionFields.range(details.startDate(), details.endDate())),
				new SummaryRow("Outcome letter date", FormFields.day(details.letterDate())),
				new SummaryRow("Publication date", FormFields.day(details.publicationDate())),
				new SummaryRow("Outcome", details.outcome().label())));
		model.addAttribute("plans", this.inspections.plansAnswering(id));
		model.addAttribute("hasPriorityActions", inspection.weaknesses()
			.stream()
			.anyMatch(w -> w.kind() == org.wsoatracker.plan.WeaknessKind.AREA_FOR_PRIORITY_ACTION));
		model.addAttribute("findingGroups", FindingGroup.of(inspection.findings()));
		return "plan/inspection";
	}

	@GetMapping("/local-areas/{areaId}/inspections/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newInspection(@PathVariable long areaId, @ModelAttribute("form") InspectionForm form, Model model) {
		return page(this.people.localArea(areaId), null, model);
	}

	@PostMapping("/local-areas/{areaId}/inspections")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@PathVariable long areaId, @ModelAttribute("form") InspectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		LocalAreaView area = this.people.localArea(areaId);
		InspectionDetails details = form.toCommand(result);
		if (details == null) {
			return page(area, null, model);
		}
		InspectionView created = this.inspections
			.createInspection(new NewInspectionCommand(areaId, details, List.of(), List.of()));
		redirect.addFlashAttribute("success", "Inspection added");
		return "redirect:/inspections/" + created.id();
	}

	@GetMapping("/inspections/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long id, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		model.addAttribute("form", InspectionForm.of(inspection));
		return page(this.people.localArea(inspection.localAreaId()), inspection, model);
	}

	@PostMapping("/inspections/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long id, @ModelAttribute("form") InspectionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		LocalAreaView area = this.people.localArea(inspection.localAreaId());
		InspectionDetails details = form.toCommand(result);
		if (details == null) {
			return page(area, inspection, model);
		}
		try {
			this.inspections.updateInspection(id, form.expectedVersion(), details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			form.setVersion(String.valueOf(this.inspections.inspection(id).version()));
			return page(area, inspection, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", InspectionFields.STALE);
			form.setVersion(String.valueOf(this.inspections.inspection(id).version()));
			return page(area, inspection, model);
		}
		redirect.addFlashAttribute("success", "Inspection updated");
		return "redirect:/inspections/" + id;
	}

	private String page(LocalAreaView area, InspectionView inspection, Model model) {
		model.addAttribute("area", area);
		model.addAttribute("inspection", inspection);
		model.addAttribute("frameworks", FRAMEWORKS);
		model.addAttribute("outcomes", OUTCOMES);
		return "plan/inspection-form";
	}

	/**
	 * The findings under one heading of the outcome letter, in the letter's order: main findings first (without a
	 * heading of their own), then strengths, then areas for development.
	 */
	record FindingGroup(String heading, List<Section> sections) {

		static List<FindingGroup> of(List<FindingView> findings) {
			Map<String, List<FindingView>> byHeading = new LinkedHashMap<>();
			findings.forEach(f -> byHeading.computeIfAbsent(f.heading(), h -> new ArrayList<>()).add(f));
			return byHeading.entrySet()
				.stream()
				.map(entry -> new FindingGroup(entry.getKey(),
						List.of(section(null, FindingKind.MAIN_FINDING, entry.getValue()),
								section("Strengths", FindingKind.STRENGTH, entry.getValue()),
								section("Areas for development", FindingKind.AREA_FOR_DEVELOPMENT, entry.getValue()))
							.stream()
							.filter(s -> !s.findings().isEmpty())
							.toList()))
				.toList();
		}

		private static Section section(String title, FindingKind kind, List<FindingView> findings) {
			return new Section(title, findings.stream().filter(f -> f.kind() == kind).map(Item::of).toList());
		}

	}

	record Section(String title, List<Item> findings) {
	}

	/**
	 * A finding and the few words that name it to a screen reader in its "Change" and "Delete" links.
	 */
	record Item(long id, String text, String shortText) {

		static Item of(FindingView finding) {
			String[] words = finding.text().trim().split("\\s+");
			String shortText = words.length <= 8 ? finding.text().trim()
					: String.join(" ", Arrays.copyOf(words, 8)) + "…";
			return new Item(finding.id(), finding.text(), shortText);
		}

	}

}
