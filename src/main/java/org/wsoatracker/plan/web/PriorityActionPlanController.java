package org.wsoatracker.plan.web;

import java.util.List;

import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.plan.WeaknessKind;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.Refusals;

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
 * Making a priority action plan from a 2023-framework inspection's areas for priority action. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PriorityActionPlanController {

	private final InspectionService inspections;

	private final PlanService plans;

	PriorityActionPlanController(InspectionService inspections, PlanService plans) {
		this.inspections = inspections;
		this.plans = plans;
	}

	@GetMapping("/inspections/{id}/priority-action-plan/new")
	String form(@PathVariable long id, Model model) {
		InspectionView inspection = this.inspections.inspection(id);
		PriorityActionPlanForm form = new PriorityActionPlanForm();
		form.setTitle(inspection.localAreaName() + " priority action plan");
		model.addAttribute("form", form);
		return page(inspection, model);
	}

	@PostMapping("/inspections/{id}/priority-action-plan")
	String create(@PathVariable long id, @ModelAttribute("form") PriorityActionPlanForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InspectionView inspection = this.inspections.inspection(id);
		if (!form.check(result, this.plans.scales().stream().map(ScaleView::code).toList())) {
			return page(inspection, model);
		}
		PlanSummary plan;
		try {
			plan = this.plans.createPriorityActionPlan(id, form.getTitle(), form.getScale());
		}
		catch (ConflictException refusal) {
			Refusals.reject(result, refusal);
			return page(inspection, model);
		}
		redirect.addFlashAttribute("success", "Priority action plan made");
		return "redirect:/plans/" + plan.id();
	}

	private String page(InspectionView inspection, Model model) {
		List<WeaknessView> priorities = inspection.weaknesses()
			.stream()
			.filter(w -> w.kind() == WeaknessKind.AREA_FOR_PRIORITY_ACTION)
			.toList();
		model.addAttribute("inspection", inspection);
		model.addAttribute("priorities", priorities);
		model.addAttribute("scales", this.plans.scales().stream().map(s -> new Option(s.code(), s.name())).toList());
		return "plan/priority-action-plan-form";
	}

}
