package org.wsoatracker.governance.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.governance.OversightService;
import org.wsoatracker.governance.ReviewDetails;
import org.wsoatracker.governance.ReviewView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.shared.error.ConflictException;

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
 * Oversight of a plan by the Department for Education and NHS England: review meetings, accountable officers and
 * advisers. The board reads it, the programme office records it.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
class OversightController {

	private final OversightService oversight;

	private final PlanService plans;

	OversightController(OversightService oversight, PlanService plans) {
		this.oversight = oversight;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/oversight")
	String page(@PathVariable long planId, Model model) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("oversight", this.oversight.oversight(planId));
		return "governance/oversight";
	}

	@GetMapping("/plans/{planId}/oversight-reviews/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newReview(@PathVariable long planId, Model model) {
		return reviewForm(model, new ReviewForm(), planId, null);
	}

	@PostMapping("/plans/{planId}/oversight-reviews")
	@PreAuthorize("hasRole('ADMIN')")
	String addReview(@PathVariable long planId, @ModelAttribute("form") ReviewForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReviewDetails details = form.validate(result);
		if (details == null) {
			return reviewForm(model, form, planId, null);
		}
		this.oversight.addReview(planId, details);
		redirect.addFlashAttribute("success", "Review recorded");
		return "redirect:/plans/" + planId + "/oversight";
	}

	@GetMapping("/plans/{planId}/oversight-reviews/{reviewId}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editReview(@PathVariable long planId, @PathVariable long reviewId, Model model) {
		ReviewView review = this.oversight.review(planId, reviewId);
		return reviewForm(model, ReviewForm.of(review), planId, review);
	}

	@PostMapping("/plans/{planId}/oversight-reviews/{reviewId}")
	@PreAuthorize("hasRole('ADMIN')")
	String updateReview(@PathVariable long planId, @PathVariable long reviewId, @ModelAttribute("form") ReviewForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ReviewView review = this.oversight.review(planId, reviewId);
		ReviewDetails details = form.validate(result);
		if (details == null) {
			return reviewForm(model, form, planId, review);
		}
		try {
			this.oversight.updateReview(planId, reviewId, form.getVersion(), details);
		}
		catch (ConflictException ex) {
			RiskController.refuse(result, ex);
			form.setVersion(review.version());
			return reviewForm(model, form, planId, review);
		}
		redirect.addFlashAttribute("success", "Review saved");
		return "redirect:/plans/" + planId + "/oversight";
	}

	@GetMapping("/plans/{planId}/oversight/officers")
	@PreAuthorize("hasRole('ADMIN')")
	String officers(@PathVariable long planId, Model model) {
		return officersForm(model, OfficersForm.of(this.oversight.oversight(planId).accountableOfficerIds()), planId);
	}

	@PostMapping("/plans/{planId}/oversight/officers")
	@PreAuthorize("hasRole('ADMIN')")
	String setOfficers(@PathVariable long planId, @ModelAttribute("form") OfficersForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Set<String> people = this.oversight.possibleOfficers(planId)
			.stream()
			.map(person -> String.valueOf(person.id()))
			.collect(Collectors.toSet());
		Set<Long> ids = form.validate(result, people);
		if (ids == null) {
			return officersForm(model, form, planId);
		}
		this.oversight.setAccountableOfficers(planId, ids);
		redirect.addFlashAttribute("success", "Accountable officers saved");
		return "redirect:/plans/" + planId + "/oversight";
	}

	@GetMapping("/plans/{planId}/advisers/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newAdviser(@PathVariable long planId, Model model) {
		return adviserForm(model, new AdviserForm(), planId);
	}

	@PostMapping("/plans/{planId}/advisers")
	@PreAuthorize("hasRole('ADMIN')")
	String addAdviser(@PathVariable long planId, @ModelAttribute("form") AdviserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!form.validate(result)) {
			return adviserForm(model, form, planId);
		}
		this.oversight.addAdviser(planId, form.getName().trim(), form.getOrganisation().trim());
		redirect.addFlashAttribute("success", "Adviser added");
		return "redirect:/plans/" + planId + "/oversight";
	}

	@PostMapping("/plans/{planId}/advisers/{adviserId}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String removeAdviser(@PathVariable long planId, @PathVariable long adviserId, RedirectAttributes redirect) {
		this.oversight.removeAdviser(planId, adviserId);
		redirect.addFlashAttribute("success", "Adviser removed");
		return "redirect:/plans/" + planId + "/oversight";
	}

	private String reviewForm(Model model, ReviewForm form, long planId, ReviewView review) {
		model.addAttribute("form", form);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("review", review);
		return "governance/review-form";
	}

	private String officersForm(Model model, OfficersForm form, long planId) {
		model.addAttribute("form", form);
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("people", RiskController.people(this.oversight.possibleOfficers(planId)));
		return "governance/officers-form";
	}

	private String adviserForm(Model model, AdviserForm form, long planId) {
		model.addAttribute("form", form);
		model.addAttribute("plan", this.plans.plan(planId));
		return "governance/adviser-form";
	}

}
