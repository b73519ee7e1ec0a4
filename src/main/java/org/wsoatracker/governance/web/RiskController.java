package org.wsoatracker.governance.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.wsoatracker.governance.RiskDetails;
import org.wsoatracker.governance.RiskRating;
import org.wsoatracker.governance.RiskService;
import org.wsoatracker.governance.RiskStatus;
import org.wsoatracker.governance.RiskView;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.ConflictException;
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
 * A plan's risk register: the board reads it, the programme office keeps it.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
class RiskController {

	private final RiskService risks;

	private final PlanService plans;

	RiskController(RiskService risks, PlanService plans) {
		this.risks = risks;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/risks")
	String register(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("risks", this.risks.risks(planId));
		model.addAttribute("summary", this.risks.summary(planId));
		model.addAttribute("ratings", List.of(RiskRating.values()));
		return "governance/risks";
	}

	@GetMapping("/plans/{planId}/risks/{riskId}")
	String risk(@PathVariable long planId, @PathVariable long riskId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("risk", this.risks.risk(planId, riskId));
		model.addAttribute("history", this.risks.history(planId, riskId));
		return "governance/risk";
	}

	@GetMapping("/plans/{planId}/risks/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newRisk(@PathVariable long planId, Model model) {
		return form(model, new RiskForm(), planId, null);
	}

	@PostMapping("/plans/{planId}/risks")
	@PreAuthorize("hasRole('ADMIN')")
	String add(@PathVariable long planId, @ModelAttribute("form") RiskForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RiskDetails details = form.validate(result, ownerIds(planId));
		if (details == null) {
			return form(model, form, planId, null);
		}
		try {
			RiskView risk = this.risks.addRisk(planId, details);
			redirect.addFlashAttribute("success", "Risk added");
			return "redirect:/plans/" + planId + "/risks/" + risk.id();
		}
		catch (ConflictException ex) {
			refuse(result, ex);
			return form(model, form, planId, null);
		}
	}

	@GetMapping("/plans/{planId}/risks/{riskId}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@PathVariable long planId, @PathVariable long riskId, Model model) {
		RiskView risk = this.risks.risk(planId, riskId);
		return form(model, RiskForm.of(risk), planId, risk);
	}

	@PostMapping("/plans/{planId}/risks/{riskId}")
	@PreAuthorize("hasRole('ADMIN')")
	String update(@PathVariable long planId, @PathVariable long riskId, @ModelAttribute("form") RiskForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		RiskView risk = this.risks.risk(planId, riskId);
		RiskDetails details = form.validate(result, ownerIds(planId));
		if (details == null) {
			return form(model, form, planId, risk);
		}
		try {
			this.risks.updateRisk(planId, riskId, form.getVersion(), details);
		}
		catch (ConflictException ex) {
			refuse(result, ex);
			form.setVersion(risk.version());
			return form(model, form, planId, risk);
		}
		redirect.addFlashAttribute("success", "Risk saved");
		return "redirect:/plans/" + planId + "/risks/" + riskId;
	}

	@GetMapping("/plans/{planId}/risks/threshold")
	@PreAuthorize("hasRole('ADMIN')")
	String threshold(@PathVariable long planId, Model model) {
		return thresholdForm(model, ThresholdForm.of(this.risks.threshold(planId)), planId);
	}

	@PostMapping("/plans/{planId}/risks/threshold")
	@PreAuthorize("hasRole('ADMIN')")
	String setThreshold(@PathVariable long planId, @ModelAttribute("form") ThresholdForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Integer threshold = form.validate(result);
		if (threshold == null) {
			return thresholdForm(model, form, planId);
		}
		this.risks.setThreshold(planId, threshold);
		redirect.addFlashAttribute("success", "Threshold saved");
		return "redirect:/plans/" + planId + "/risks";
	}

	static void refuse(BindingResult result, ConflictException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), "conflict", ex.getMessage());
		}
		else {
			result.reject("conflict", ex.getMessage());
		}
	}

	private Set<String> ownerIds(long planId) {
		return this.risks.possibleOwners(planId)
			.stream()
			.map(person -> String.valueOf(person.id()))
			.collect(Collectors.toSet());
	}

	private String thresholdForm(Model model, ThresholdForm form, long planId) {
		model.addAttribute("form", form);
		model.addAttribute("plan", this.plans.plan(planId));
		return "governance/threshold-form";
	}

	private String form(Model model, RiskForm form, long planId, RiskView risk) {
		PlanView plan = this.plans.plan(planId);
		model.addAttribute("form", form);
		model.addAttribute("plan", plan);
		model.addAttribute("risk", risk);
		model.addAttribute("owners", people(this.risks.possibleOwners(planId)));
		model.addAttribute("likelihoods", IntStream.rangeClosed(1, 5)
			.mapToObj(n -> new Option(String.valueOf(n), n + " – " + RiskView.LIKELIHOODS.get(n - 1)))
			.toList());
		model.addAttribute("impacts", IntStream.rangeClosed(1, 5)
			.mapToObj(n -> new Option(String.valueOf(n), n + " – " + RiskView.IMPACTS.get(n - 1)))
			.toList());
		model.addAttribute("statuses",
				List.of(new Option(RiskStatus.OPEN.name(), RiskStatus.OPEN.label()),
						new Option(RiskStatus.CLOSED.name(), RiskStatus.CLOSED.label())));
		return "governance/risk-form";
	}

	static List<Option> people(List<PersonView> people) {
		return people.stream()
			.map(person -> new Option(String.valueOf(person.id()),
					person.name() + " (" + person.organisationCode() + "), " + person.roleTitle()))
			.toList();
	}

}
