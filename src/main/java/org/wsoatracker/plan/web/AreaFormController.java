package org.wsoatracker.plan.web;

import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
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
 * Adding, changing and deleting a plan's areas of weakness. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AreaFormController {

	private final PlanService plans;

	AreaFormController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/areas/new")
	String newArea(@PathVariable long planId, Model model) {
		PlanView plan = this.plans.plan(planId);
		AreaForm form = new AreaForm();
		form.setNumber(String.valueOf(plan.areas().size() + 1));
		form.setVersion(plan.version());
		return form(model, form, plan, null);
	}

	@PostMapping("/plans/{planId}/areas")
	String add(@PathVariable long planId, @ModelAttribute("form") AreaForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(planId);
		form.validate(result);
		if (result.hasErrors()) {
			return form(model, form, plan, null);
		}
		try {
			this.plans.addArea(planId, form.numberValue(), form.getTitle().trim(), form.getWeaknessText().trim(),
					form.weaknessIdValues());
		}
		catch (ConflictException ex) {
			Refusals.reject(result, ex);
			return form(model, form, plan, null);
		}
		redirect.addFlashAttribute("success", "Area " + form.numberValue() + " added");
		return "redirect:/plans/" + planId;
	}

	@GetMapping("/plans/{planId}/areas/{areaId}/edit")
	String edit(@PathVariable long planId, @PathVariable long areaId, Model model) {
		PlanView plan = this.plans.plan(planId);
		AreaView area = ActionFormController.area(plan, areaId);
		return form(model, AreaForm.of(area, plan.version()), plan, area);
	}

	@PostMapping("/plans/{planId}/areas/{areaId}")
	String update(@PathVariable long planId, @PathVariable long areaId, @ModelAttribute("form") AreaForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(planId);
		AreaView area = ActionFormController.area(plan, areaId);
		form.validate(result);
		if (result.hasErrors()) {
			return form(model, form, plan, area);
		}
		try {
			this.plans.updateArea(areaId, form.getVersion(), form.numberValue(), form.getTitle().trim(),
					form.getWeaknessText().trim(), form.weaknessIdValues());
		}
		catch (ConflictException ex) {
			Refusals.reject(result, ex);
			form.setVersion(plan.version());
			return form(model, form, plan, area);
		}
		redirect.addFlashAttribute("success", "Area " + form.numberValue() + " saved");
		return "redirect:/plans/" + planId;
	}

	@PostMapping("/plans/{planId}/areas/{areaId}/delete")
	String delete(@PathVariable long planId, @PathVariable long areaId, Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(planId);
		AreaView area = ActionFormController.area(plan, areaId);
		try {
			this.plans.deleteArea(areaId);
		}
		catch (ConflictException ex) {
			AreaForm form = AreaForm.of(area, plan.version());
			model.addAttribute("refusal", ex.getMessage());
			return form(model, form, plan, area);
		}
		redirect.addFlashAttribute("success", "Area " + area.number() + " deleted");
		return "redirect:/plans/" + planId;
	}

	private String form(Model model, AreaForm form, PlanView plan, AreaView area) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("area", area);
		model.addAttribute("weaknessOptions",
				plan.inspection()
					.weaknesses()
					.stream()
					.map(w -> new Option(String.valueOf(w.id()), "Area of weakness " + w.number(), w.text()))
					.toList());
		return "plan/area-form";
	}

}
