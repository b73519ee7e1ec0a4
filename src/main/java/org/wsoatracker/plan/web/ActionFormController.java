package org.wsoatracker.plan.web;

import java.util.Optional;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.ReportedMeasuresException;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.web.Option;

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
 * Adding, changing and deleting a plan's actions. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ActionFormController {

	private final PlanService plans;

	private final PeopleService people;

	ActionFormController(PlanService plans, PeopleService people) {
		this.plans = plans;
		this.people = people;
	}

	@GetMapping("/plans/{planId}/areas/{areaId}/actions/new")
	String newAction(@PathVariable long planId, @PathVariable long areaId, Model model) {
		PlanView plan = this.plans.plan(planId);
		return form(model, ActionForm.blank(), plan, area(plan, areaId), null);
	}

	@PostMapping("/plans/{planId}/areas/{areaId}/actions")
	String add(@PathVariable long planId, @PathVariable long areaId, @ModelAttribute("form") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(planId);
		AreaView area = area(plan, areaId);
		Optional<ActionDetails> details = form.validate(result);
		if (details.isEmpty()) {
			return form(model, form, plan, area, null);
		}
		try {
			ActionView added = this.plans.addAction(areaId, details.get());
			redirect.addFlashAttribute("success", "Action " + added.number() + " added");
			return "redirect:/plans/" + planId + "/actions/" + added.id();
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			return form(model, form, plan, area, null);
		}
	}

	@GetMapping("/plans/{planId}/actions/{actionId}/edit")
	String edit(@PathVariable long planId, @PathVariable long actionId, Model model) {
		ActionView action = actionOf(planId, actionId);
		PlanView plan = this.plans.plan(planId);
		return form(model, ActionForm.of(action), plan, area(plan, action.areaId()), action);
	}

	@PostMapping("/plans/{planId}/actions/{actionId}")
	String update(@PathVariable long planId, @PathVariable long actionId, @ModelAttribute("form") ActionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ActionView action = actionOf(planId, actionId);
		PlanView plan = this.plans.plan(planId);
		AreaView area = area(plan, action.areaId());
		Optional<ActionDetails> details = form.validate(result);
		if (details.isEmpty()) {
			return form(model, form, plan, area, action);
		}
		try {
			this.plans.updateAction(actionId, form.getVersion(), details.get());
		}
		catch (ReportedMeasuresException ex) {
			for (MeasureView measure : ex.measures()) {
				int row = form.measureRow(measure.id());
				if (row < 0) {
					result.reject("reported", ReportedMeasuresException.reason(measure));
				}
				else {
					result.rejectValue("measures[" + row + "].text", "reported",
							ReportedMeasuresException.reason(measure));
				}
			}
			return form(model, form, plan, area, action);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			form.setVersion(action.version());
			return form(model, form, plan, area, action);
		}
		redirect.addFlashAttribute("success", "Action " + details.get().number() + " saved");
		return "redirect:/plans/" + planId + "/actions/" + actionId;
	}

	@GetMapping("/plans/{planId}/actions/{actionId}/delete")
	String confirmDelete(@PathVariable long planId, @PathVariable long actionId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("action", actionOf(planId, actionId));
		return "plan/action-delete";
	}

	@PostMapping("/plans/{planId}/actions/{actionId}/delete")
	String delete(@PathVariable long planId, @PathVariable long actionId, Model model, RedirectAttributes redirect) {
		ActionView action = actionOf(planId, actionId);
		try {
			this.plans.deleteAction(actionId);
		}
		catch (ConflictException ex) {
			model.addAttribute("plan", this.plans.plan(planId));
			model.addAttribute("action", action);
			model.addAttribute("refusal", ex.getMessage());
			return "plan/action-delete";
		}
		redirect.addFlashAttribute("success", "Action " + action.number() + " deleted");
		return "redirect:/plans/" + planId;
	}

	private ActionView actionOf(long planId, long actionId) {
		ActionView action = this.plans.action(actionId);
		if (action.planId() != planId) {
			throw new NotFoundException("Action");
		}
		return action;
	}

	static AreaView area(PlanView plan, long areaId) {
		return plan.areas()
			.stream()
			.filter(a -> a.id() == areaId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Area"));
	}

	private String form(Model model, ActionForm form, PlanView plan, AreaView area, ActionView action) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("area", area);
		model.addAttribute("action", action);
		model.addAttribute("leadOptions",
				this.people.people(plan.localAreaId())
					.stream()
					.map(p -> new Option(String.valueOf(p.id()), p.initials() + " – " + p.name() + " (" + p.organisationCode() + ")", p.roleTitle()))
					.toList());
		model.addAttribute("organisationOptions",
				this.people.organisations(plan.localAreaId())
					.stream()
					.map(o -> new Option(String.valueOf(o.id()), o.code() + " – " + o.name()))
					.toList());
		return "plan/action-form";
	}

}
