package org.wsoatracker.plan.web;

import java.util.Arrays;
import java.util.List;

import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.FindingView;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
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
 * Adding, changing and deleting an inspection's findings: its main findings, strengths and areas for development.
 */
@Controller
@RequestMapping("/inspections/{id}/findings")
@PreAuthorize("hasRole('ADMIN')")
class FindingController {

	private static final List<Option> KINDS = Arrays.stream(FindingKind.values())
		.map(kind -> new Option(kind.name(), kind.label()))
		.toList();

	private final InspectionService inspections;

	FindingController(InspectionService inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/new")
	String newFinding(@PathVariable long id, @ModelAttribute("form") FindingForm form, Model model) {
		return page(this.inspections.inspection(id), null, model);
	}

	@PostMapping
	String add(@PathVariable long id, @ModelAttribute("form") FindingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		FindingDetails details = form.toCommand(result);
		if (details == null) {
			return page(inspection, null, model);
		}
		this.inspections.addFinding(id, details);
		redirect.addFlashAttribute("success", "Finding added");
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/{findingId}/edit")
	String edit(@PathVariable long id, @PathVariable long findingId, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		FindingView finding = finding(inspection, findingId);
		model.addAttribute("form", FindingForm.of(finding, inspection.version()));
		return page(inspection, finding, model);
	}

	@PostMapping("/{findingId}")
	String update(@PathVariable long id, @PathVariable long findingId, @ModelAttribute("form") FindingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		FindingView finding = finding(inspection, findingId);
		FindingDetails details = form.toCommand(result);
		if (details == null) {
			return page(inspection, finding, model);
		}
		try {
			this.inspections.updateFinding(id, findingId, form.expectedVersion(), details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return again(id, finding, form, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", InspectionFields.STALE);
			return again(id, finding, form, model);
		}
		redirect.addFlashAttribute("success", "Finding updated");
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/{findingId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long findingId, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		model.addAttribute("form", new DeleteForm(inspection.version()));
		return deletePage(inspection, finding(inspection, findingId), model);
	}

	@PostMapping("/{findingId}/delete")
	String delete(@PathVariable long id, @PathVariable long findingId, @ModelAttribute("form") DeleteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		FindingView finding = finding(inspection, findingId);
		try {
			this.inspections.deleteFinding(id, findingId, form.expectedVersion());
		}
		catch (ConflictException refusal) {
			result.reject("conflict", refusal.getMessage());
			form.setVersion(String.valueOf(inspection.version()));
			return deletePage(inspection, finding, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", InspectionFields.STALE);
			return deletePage(inspection, finding, model);
		}
		redirect.addFlashAttribute("success", "Finding deleted");
		return "redirect:/inspections/" + id;
	}

	/**
	 * The form again after a refusal, with what was typed. After someone else's change it carries the inspection's
	 * current version, so that saving again (having been told) replaces their change.
	 */
	private String again(long id, FindingView finding, FindingForm form, Model model) {
		InspectionView current = this.inspections.inspection(id);
		form.setVersion(String.valueOf(current.version()));
		return page(current, finding, model);
	}

	private static FindingView finding(InspectionView inspection, long findingId) {
		return inspection.findings()
			.stream()
			.filter(f -> f.id() == findingId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Finding"));
	}

	private String page(InspectionView inspection, FindingView finding, Model model) {
		model.addAttribute("inspection", inspection);
		model.addAttribute("finding", finding);
		model.addAttribute("kinds", KINDS);
		model.addAttribute("headings",
				inspection.findings().stream().map(FindingView::heading).distinct().toList());
		return "plan/finding-form";
	}

	private String deletePage(InspectionView inspection, FindingView finding, Model model) {
		model.addAttribute("inspection", inspection);
		model.addAttribute("finding", finding);
		return "plan/finding-delete";
	}

}
