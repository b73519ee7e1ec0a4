package org.wsoatracker.governance.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.wsoatracker.governance.Judgement;
import org.wsoatracker.governance.RevisitDetails;
import org.wsoatracker.governance.RevisitKind;
import org.wsoatracker.governance.RevisitService;
import org.wsoatracker.governance.RevisitView;
import org.wsoatracker.governance.RiskService;
import org.wsoatracker.governance.RiskStatus;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
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
 * A plan's revisits: recording one, the inspectors' judgement of each area of weakness, and what follows (the plan
 * closed, areas released from monitoring, an accelerated progress plan made); and the readiness of each area of
 * weakness before a revisit. Administrators change them; the board and leads read them.
 */
@Controller
class RevisitController {

	private static final List<Option> KINDS = Arrays.stream(RevisitKind.values())
		.map(k -> new Option(k.name(), k.label()))
		.toList();

	private static final List<Option> JUDGEMENTS = Arrays.stream(Judgement.values())
		.map(j -> new Option(j.name(), j.label()))
		.toList();

	private final RevisitService revisits;

	private final PlanService plans;

	private final RiskService risks;

	RevisitController(RevisitService revisits, PlanService plans, RiskService risks) {
		this.revisits = revisits;
		this.plans = plans;
		this.risks = risks;
	}

	@GetMapping("/plans/{planId}/readiness")
	String readiness(@PathVariable long planId, Model model, HttpServletRequest request) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("rows", this.revisits.readiness(planId));
		// The plan's open risks, for those who may read the risk register.
		if (request.isUserInRole("ADMIN") || request.isUserInRole("BOARD")) {
			model.addAttribute("openRisks",
					this.risks.risks(planId).stream().filter(risk -> risk.status() == RiskStatus.OPEN).toList());
		}
		return "governance/readiness";
	}

	@GetMapping("/plans/{planId}/revisits/{revisitId}")
	String revisit(@PathVariable long planId, @PathVariable long revisitId, Model model) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("revisit", revisit);
		model.addAttribute("detailRows", List.of(new SummaryRow("Kind", revisit.details().kind().label()),
				new SummaryRow("Dates", FormFields.day(revisit.details().startDate()) + " to "
						+ FormFields.day(revisit.details().endDate())),
				new SummaryRow("Outcome letter date", FormFields.day(revisit.details().letterDate())),
				new SummaryRow("Summary of the letter", revisit.details().letterSummary() == null ? "Not recorded"
						: revisit.details().letterSummary())));
		return "governance/revisit";
	}

	@GetMapping("/plans/{planId}/revisits/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newRevisit(@PathVariable long planId, @ModelAttribute("form") RevisitForm form, Model model) {
		return form(this.plans.plan(planId), null, model);
	}

	@PostMapping("/plans/{planId}/revisits")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@PathVariable long planId, @ModelAttribute("form") RevisitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PlanView plan = this.plans.plan(planId);
		RevisitDetails details = form.toCommand(result);
		if (details == null) {
			return form(plan, null, model);
		}
		RevisitView created = this.revisits.record(planId, details);
		redirect.addFlashAttribute("success", "Revisit recorded");
		return "redirect:" + path(created);
	}

	@GetMapping("/plans/{planId}/revisits/{revisitId}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long planId, @PathVariable long revisitId, Model model) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		model.addAttribute("form", RevisitForm.of(revisit));
		return form(this.plans.plan(planId), revisit, model);
	}

	@PostMapping("/plans/{planId}/revisits/{revisitId}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long planId, @PathVariable long revisitId, @ModelAttribute("form") RevisitForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		PlanView plan = this.plans.plan(planId);
		RevisitDetails details = form.toCommand(result);
		if (details == null) {
			return form(plan, revisit, model);
		}
		try {
			this.revisits.update(planId, revisitId, form.expectedVersion(), details);
		}
		catch (ConflictException | OptimisticLockingFailureException refused) {
			refuse(result, refused);
			form.setVersion(String.valueOf(this.revisits.revisit(planId, revisitId).version()));
			return form(plan, revisit, model);
		}
		redirect.addFlashAttribute("success", "Revisit updated");
		return "redirect:" + path(revisit);
	}

	@GetMapping("/plans/{planId}/revisits/{revisitId}/weaknesses/{weaknessId}/judgement")
	@PreAuthorize("hasRole('ADMIN')")
	String judgement(@PathVariable long planId, @PathVariable long revisitId, @PathVariable long weaknessId,
			Model model) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		model.addAttribute("form", JudgementForm.of(revisit, weakness(revisit, weaknessId)));
		return judgementForm(revisit, weakness(revisit, weaknessId), model);
	}

	@PostMapping("/plans/{planId}/revisits/{revisitId}/weaknesses/{weaknessId}/judgement")
	@PreAuthorize("hasRole('ADMIN')")
	String judge(@PathVariable long planId, @PathVariable long revisitId, @PathVariable long weaknessId,
			@ModelAttribute("form") JudgementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		RevisitView.WeaknessJudgement current = weakness(revisit, weaknessId);
		Judgement judgement = form.toCommand(result);
		if (judgement == null) {
			return judgementForm(revisit, current, model);
		}
		try {
			this.revisits.judge(planId, revisitId, weaknessId, form.expectedVersion(), judgement, form.words());
		}
		catch (ConflictException | OptimisticLockingFailureException refused) {
			refuse(result, refused);
			form.setVersion(String.valueOf(this.revisits.revisit(planId, revisitId).version()));
			return judgementForm(revisit, current, model);
		}
		redirect.addFlashAttribute("success", "Judgement of " + current.weakness().name().toLowerCase() + " saved");
		return "redirect:" + path(revisit);
	}

	@PostMapping("/plans/{planId}/revisits/{revisitId}/weaknesses/{weaknessId}/release")
	@PreAuthorize("hasRole('ADMIN')")
	String release(@PathVariable long planId, @PathVariable long revisitId, @PathVariable long weaknessId,
			RedirectAttributes redirect) {
		RevisitView revisit = this.revisits.release(planId, revisitId, weaknessId);
		redirect.addFlashAttribute("success",
				weakness(revisit, weaknessId).weakness().name() + " released from monitoring");
		return "redirect:" + path(revisit);
	}

	@PostMapping("/plans/{planId}/revisits/{revisitId}/close-plan")
	@PreAuthorize("hasRole('ADMIN')")
	String closePlan(@PathVariable long planId, @PathVariable long revisitId, RedirectAttributes redirect) {
		this.revisits.closePlan(planId, revisitId);
		redirect.addFlashAttribute("success", "Plan closed");
		return "redirect:/plans/" + planId;
	}

	@GetMapping("/plans/{planId}/revisits/{revisitId}/accelerated-progress-plan")
	@PreAuthorize("hasRole('ADMIN')")
	String nextPlan(@PathVariable long planId, @PathVariable long revisitId, Model model) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		NextPlanForm form = new NextPlanForm();
		form.setTitle(this.plans.plan(planId).localAreaName() + " accelerated progress plan");
		form.setVersion(String.valueOf(revisit.version()));
		model.addAttribute("form", form);
		return nextPlanForm(revisit, model);
	}

	@PostMapping("/plans/{planId}/revisits/{revisitId}/accelerated-progress-plan")
	@PreAuthorize("hasRole('ADMIN')")
	String createNextPlan(@PathVariable long planId, @PathVariable long revisitId,
			@ModelAttribute("form") NextPlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RevisitView revisit = this.revisits.revisit(planId, revisitId);
		String title = form.toCommand(result);
		if (title == null) {
			return nextPlanForm(revisit, model);
		}
		PlanSummary next;
		try {
			next = this.revisits.createAcceleratedProgressPlan(planId, revisitId, form.expectedVersion(), title);
		}
		catch (ConflictException | OptimisticLockingFailureException refused) {
			refuse(result, refused);
			form.setVersion(String.valueOf(this.revisits.revisit(planId, revisitId).version()));
			return nextPlanForm(revisit, model);
		}
		redirect.addFlashAttribute("success", "Accelerated progress plan made from the revisit");
		return "redirect:/plans/" + next.id();
	}

	private String form(PlanView plan, RevisitView revisit, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("revisit", revisit);
		model.addAttribute("kinds", KINDS);
		return "governance/revisit-form";
	}

	private String judgementForm(RevisitView revisit, RevisitView.WeaknessJudgement weakness, Model model) {
		model.addAttribute("revisit", revisit);
		model.addAttribute("current", weakness);
		model.addAttribute("judgements", JUDGEMENTS);
		return "governance/judgement-form";
	}

	private String nextPlanForm(RevisitView revisit, Model model) {
		model.addAttribute("revisit", revisit);
		model.addAttribute("preview", this.revisits.carryPreview(revisit.planId(), revisit.id()));
		return "governance/next-plan-form";
	}

	private static void refuse(BindingResult result, RuntimeException refused) {
		if (refused instanceof ConflictException conflict) {
			Refusals.reject(result, conflict);
		}
		else {
			result.reject("conflict", "Someone else changed this while you were editing it");
		}
	}

	private static RevisitView.WeaknessJudgement weakness(RevisitView revisit, long weaknessId) {
		return revisit.weaknesses()
			.stream()
			.filter(w -> w.weakness().id() == weaknessId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Area of weakness"));
	}

	private static String path(RevisitView revisit) {
		return "/plans/" + revisit.planId() + "/revisits/" + revisit.id();
	}

}
