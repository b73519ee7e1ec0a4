package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.security.AreaMember;
import org.wsoatracker.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a plan and changing its own details and deadline. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PlanDetailsController {

	private final PlanService plans;

	private final InspectionService inspections;

	PlanDetailsController(PlanService plans, InspectionService inspections) {
		this.plans = plans;
		this.inspections = inspections;
	}

	@GetMapping("/plans/new")
	String newPlan(@AuthenticationPrincipal AreaMember user, Model model) {
		PlanForm form = new PlanForm();
		form.setStatus(PlanStatus.DRAFT.name());
		return form(model, form, null, user);
	}

	@PostMapping("/plans")
	String create(@ModelAttribute("form") PlanForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, Model model, RedirectAttributes redirect) {
		form.validate(result, true);
		if (!result.hasFieldErrors("inspectionId") && this.inspections.inspections(user.scope())
			.stream()
			.noneMatch(inspection -> String.valueOf(inspection.id()).equals(form.getInspectionId()))) {
			result.rejectValue("inspectionId", "required", "Select the inspection the plan answers");
		}
		if (result.hasErrors()) {
			return form(model, form, null, user);
		}
		try {
			PlanSummary created = this.plans.createPlan(new NewPlanCommand(Long.parseLong(form.getInspectionId()),
					form.toDetails(), List.of(), form.reviewPointMonths(), List.of(), List.of()));
			redirect.addFlashAttribute("success", "Plan created");
			return "redirect:/plans/" + created.id();
		}
		catch (ConflictException | NumberFormatException ex) {
			result.reject("conflict", ex instanceof ConflictException ? ex.getMessage()
					: "Select the inspection the plan answers");
			return form(model, form, null, user);
		}
	}

	@GetMapping("/plans/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AreaMember user, Model model) {
		PlanView plan = this.plans.plan(id);
		return form(model, PlanForm.of(plan), plan, user);
	}

	@PostMapping("/plans/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(id);
		form.validate(result, false);
		if (result.hasErrors()) {
			return form(model, form, plan, user);
		}
		try {
			this.plans.updatePlanDetails(id, form.getVersion(), form.toDetails(), form.reviewPointMonths());
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			form.setVersion(plan.version());
			return form(model, form, plan, user);
		}
		redirect.addFlashAttribute("success", "Plan details saved");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/deadline")
	String deadline(@PathVariable long id, Model model) {
		PlanView plan = this.plans.plan(id);
		return deadlineForm(model, DeadlineForm.of(plan), plan);
	}

	@PostMapping("/plans/{id}/deadline")
	String overrideDeadline(@PathVariable long id, @ModelAttribute("form") DeadlineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(id);
		LocalDate deadline = form.validate(result);
		if (result.hasErrors()) {
			return deadlineForm(model, form, plan);
		}
		try {
			this.plans.overrideDeadline(id, form.getVersion(), deadline, form.getReason().trim());
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			form.setVersion(plan.version());
			return deadlineForm(model, form, plan);
		}
		redirect.addFlashAttribute("success", deadline == null ? "Deadline set back to the computed date"
				: "Submission deadline changed");
		return "redirect:/plans/" + id;
	}

	@GetMapping("/plans/{id}/record")
	String record(@PathVariable long id, Model model) {
		PlanView plan = this.plans.plan(id);
		return recordForm(model, RecordForm.of(plan), plan);
	}

	@PostMapping("/plans/{id}/record")
	String saveRecord(@PathVariable long id, @ModelAttribute("form") RecordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(id);
		List<org.wsoatracker.plan.SignOffDetails> signOffs = form.signOffDetails(result);
		List<org.wsoatracker.plan.ActivityDetails> activity = form.activityDetails(result);
		if (result.hasErrors()) {
			return recordForm(model, form, plan);
		}
		try {
			this.plans.replaceRecord(id, form.getVersion(), signOffs, activity);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			form.setVersion(plan.version());
			return recordForm(model, form, plan);
		}
		redirect.addFlashAttribute("success", "Sign-off and activity saved");
		return "redirect:/plans/" + id;
	}

	private String recordForm(Model model, RecordForm form, PlanView plan) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		return "plan/record-form";
	}

	private String form(Model model, PlanForm form, PlanView plan, AreaMember user) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("inspectionOptions",
				this.inspections.inspections(user.scope())
					.stream()
					.map(i -> new Option(String.valueOf(i.id()), i.title()))
					.toList());
		model.addAttribute("kinds",
				Arrays.stream(PlanKind.values()).map(k -> new Option(k.name(), k.label())).toList());
		model.addAttribute("statuses",
				Arrays.stream(PlanStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
		model.addAttribute("scales",
				this.plans.scales()
					.stream()
					.map(s -> new Option(s.code(), s.name(),
							String.join(", ", s.steps().stream().map(step -> step.label()).toList())))
					.toList());
		return "plan/plan-form";
	}

	private String deadlineForm(Model model, DeadlineForm form, PlanView plan) {
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("deadlineChoices", List.of(new Option("yes", "The computed deadline"),
				new Option("no", "A deadline agreed with the inspectorate, with the reason")));
		return "plan/deadline-form";
	}

}
