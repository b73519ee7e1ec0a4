package org.wsoatracker.plan.web;

import java.util.Arrays;
import java.util.List;

import org.wsoatracker.plan.AnsweringArea;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.WeaknessKind;
import org.wsoatracker.plan.WeaknessView;
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
 * Adding, changing and deleting an inspection's areas of weakness. One that a plan answers cannot be deleted.
 */
@Controller
@RequestMapping("/inspections/{id}/weaknesses")
@PreAuthorize("hasRole('ADMIN')")
class WeaknessController {

	private static final List<Option> KINDS = Arrays.stream(WeaknessKind.values())
		.map(k -> new Option(k.name(), k.label()))
		.toList();

	private final InspectionService inspections;

	WeaknessController(InspectionService inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/new")
	String newWeakness(@PathVariable long id, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		WeaknessForm form = new WeaknessForm();
		form.setNumber(String.valueOf(inspection.weaknesses().stream().mapToInt(WeaknessView::number).max().orElse(0) + 1));
		model.addAttribute("form", form);
		return page(inspection, null, model);
	}

	@PostMapping
	String add(@PathVariable long id, @ModelAttribute("form") WeaknessForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		WeaknessDetails details = form.toCommand(result, inspection.details().framework());
		if (details == null) {
			return page(inspection, null, model);
		}
		try {
			this.inspections.addWeakness(id, details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return page(inspection, null, model);
		}
		redirect.addFlashAttribute("success", "Area of weakness added");
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/{weaknessId}/edit")
	String edit(@PathVariable long id, @PathVariable long weaknessId, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		WeaknessView weakness = weakness(inspection, weaknessId);
		model.addAttribute("form", WeaknessForm.of(weakness, inspection.version()));
		return page(inspection, weakness, model);
	}

	@PostMapping("/{weaknessId}")
	String update(@PathVariable long id, @PathVariable long weaknessId, @ModelAttribute("form") WeaknessForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		WeaknessView weakness = weakness(inspection, weaknessId);
		WeaknessDetails details = form.toCommand(result, inspection.details().framework());
		if (details == null) {
			return page(inspection, weakness, model);
		}
		try {
			this.inspections.updateWeakness(id, weaknessId, form.expectedVersion(), details);
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			if (refusal.field() == null) {
				form.setVersion(String.valueOf(inspection.version()));
			}
			return page(inspection, weakness, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", InspectionFields.STALE);
			form.setVersion(String.valueOf(this.inspections.inspection(id).version()));
			return page(inspection, weakness, model);
		}
		redirect.addFlashAttribute("success", "Area of weakness updated");
		return "redirect:/inspections/" + id;
	}

	@GetMapping("/{weaknessId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long weaknessId, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		model.addAttribute("form", new DeleteForm(inspection.version()));
		return deletePage(inspection, weakness(inspection, weaknessId), model);
	}

	@PostMapping("/{weaknessId}/delete")
	String delete(@PathVariable long id, @PathVariable long weaknessId, @ModelAttribute("form") DeleteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		WeaknessView weakness = weakness(inspection, weaknessId);
		try {
			this.inspections.deleteWeakness(id, weaknessId, form.expectedVersion());
		}
		catch (ConflictException refusal) {
			result.reject("conflict", refusal.getMessage());
			form.setVersion(String.valueOf(inspection.version()));
			return deletePage(inspection, weakness, model);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("conflict", InspectionFields.STALE);
			return deletePage(inspection, weakness, model);
		}
		redirect.addFlashAttribute("success", "Area of weakness deleted");
		return "redirect:/inspections/" + id;
	}

	private static WeaknessView weakness(InspectionView inspection, long weaknessId) {
		return inspection.weaknesses()
			.stream()
			.filter(w -> w.id() == weaknessId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Area of weakness"));
	}

	private String page(InspectionView inspection, WeaknessView weakness, Model model) {
		model.addAttribute("inspection", inspection);
		model.addAttribute("weakness", weakness);
		model.addAttribute("kinds", KINDS);
		return "plan/weakness-form";
	}

	private String deletePage(InspectionView inspection, WeaknessView weakness, Model model) {
		List<AnsweringArea> answers = this.inspections.answersTo(weakness.id());
		model.addAttribute("inspection", inspection);
		model.addAttribute("weakness", weakness);
		model.addAttribute("answers", answers);
		return "plan/weakness-delete";
	}

}
