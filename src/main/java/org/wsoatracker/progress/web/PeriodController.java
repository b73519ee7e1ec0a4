package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.ReviewFacts;
import org.wsoatracker.progress.UpdateChangedException;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.web.Option;
import org.wsoatracker.shared.web.Refusals;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's reporting periods (opened and closed by the programme office) and the board's review of each period's
 * updates.
 */
@Controller
class PeriodController {

	private final ProgressService progress;

	private final PlanService plans;

	PeriodController(ProgressService progress, PlanService plans) {
		this.progress = progress;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/periods")
	String periods(@PathVariable long planId, Model model) {
		return periodsPage(model, planId, new PeriodForm());
	}

	@PostMapping("/plans/{planId}/periods")
	@PreAuthorize("hasRole('ADMIN')")
	String open(@PathVariable long planId, @ModelAttribute("form") PeriodForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		YearMonth month = form.validatedMonth(result);
		LocalDate due = form.validatedDueDate(result);
		if (result.hasErrors()) {
			return periodsPage(model, planId, form);
		}
		try {
			this.progress.openPeriod(planId, month, due, form.isReviewPoint());
		}
		catch (ConflictException ex) {
			Refusals.reject(result, ex);
			return periodsPage(model, planId, form);
		}
		redirect.addFlashAttribute("success", "Reporting period for " + PeriodView.label(month) + " opened");
		return "redirect:/plans/" + planId + "/periods";
	}

	/**
	 * Check your answers before closing: what the period still lacks, and the button that closes it.
	 */
	@GetMapping("/plans/{planId}/periods/{periodId}/close")
	@PreAuthorize("hasRole('ADMIN')")
	String closeCheck(@PathVariable long planId, @PathVariable long periodId, Model model,
			RedirectAttributes redirect) {
		PeriodView period = periodOf(planId, periodId);
		if (!period.open()) {
			redirect.addFlashAttribute("problem", "The reporting period for " + period.label() + " is closed already");
			return "redirect:/plans/" + planId + "/periods";
		}
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("period", period);
		model.addAttribute("check", this.progress.closingCheck(periodId));
		return "progress/close-check";
	}

	@PostMapping("/plans/{planId}/periods/{periodId}/close")
	@PreAuthorize("hasRole('ADMIN')")
	String close(@PathVariable long planId, @PathVariable long periodId, @RequestParam long version,
			RedirectAttributes redirect) {
		PeriodView period = periodOf(planId, periodId);
		try {
			this.progress.closePeriod(periodId, version);
			redirect.addFlashAttribute("success", "Reporting period for " + period.label()
					+ " closed: its updates and decisions can no longer change");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/plans/" + planId + "/periods";
	}

	@GetMapping("/plans/{planId}/periods/{periodId}")
	String review(@PathVariable long planId, @PathVariable long periodId, Model model) {
		return reviewPage(model, planId, periodOf(planId, periodId), null, null);
	}

	/**
	 * Records a board member's decision on an update. The form carries the version of the update the page showed; a
	 * decision on an update that changed since (challenged, revised, resubmitted or decided on by someone else) is
	 * refused with a 409 page that shows the update as it is now, and nothing is recorded.
	 */
	@PostMapping("/plans/{planId}/periods/{periodId}/updates/{updateId}/review")
	@PreAuthorize("hasRole('BOARD')")
	String decide(@PathVariable long planId, @PathVariable long periodId, @PathVariable long updateId,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		PeriodView period = periodOf(planId, periodId);
		UpdateView update = this.progress.update(updateId);
		if (update.period().id() != periodId) {
			throw new NotFoundException("Update");
		}
		if (!"accept".equals(form.getDecision()) && !"challenge".equals(form.getDecision())) {
			result.rejectValue("decision", "required", "Select whether you accept or challenge the update");
		}
		else if ("challenge".equals(form.getDecision()) && form.getComment().isBlank()) {
			result.rejectValue("comment", "required", "Enter why you challenge the update");
		}
		if (form.getComment().length() > ReviewForm.COMMENT_MAX) {
			result.rejectValue("comment", "tooLong", "Comment must be 2,000 characters or fewer");
		}
		if (!result.hasErrors()) {
			try {
				if (form.getVersion() == null) {
					throw new UpdateChangedException();
				}
				boolean accept = "accept".equals(form.getDecision());
				this.progress.review(updateId, form.getVersion(), accept, form.getComment(), Actors.of(user));
				ActionView action = this.plans.action(update.actionId());
				redirect.addFlashAttribute("success", "You " + (accept ? "accepted" : "challenged")
						+ " the update on action " + action.number());
				Optional<UpdateView> next = nextUndecided(planId, periodId, update.actionId());
				String review = "/plans/" + planId + "/periods/" + periodId;
				if (next.isEmpty()) {
					redirect.addFlashAttribute("successText",
							"Every submitted update for " + period.label() + " now has a decision.");
					return "redirect:" + review;
				}
				redirect.addFlashAttribute("successText",
						"Next: the update on action " + this.plans.action(next.get().actionId()).number() + ".");
				return "redirect:" + review + "#update-" + next.get().id();
			}
			catch (UpdateChangedException ex) {
				UpdateView now = this.progress.update(updateId);
				result.reject("changed", "Your decision was not recorded because this update changed after you opened the page: "
						+ lowerFirst(now.lastChange()) + ". Read the update as it is now"
						+ (now.state() == UpdateView.State.SUBMITTED ? " and decide again" : ""));
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			catch (ConflictException ex) {
				result.reject("conflict", ex.getMessage());
			}
		}
		return reviewPage(model, planId, period, updateId, result);
	}

	/**
	 * The update the board has still to decide on that comes next after the action just decided, in the plan's order,
	 * going round to the start of the plan when the ones after it are all decided.
	 */
	private Optional<UpdateView> nextUndecided(long planId, long periodId, long decidedActionId) {
		List<Long> order = this.plans.plan(planId).actions().map(ActionView::id).toList();
		List<UpdateView> undecided = this.progress.updatesOf(periodId)
			.stream()
			.filter(u -> u.state() == UpdateView.State.SUBMITTED && order.contains(u.actionId()))
			.sorted(Comparator.comparingInt(u -> order.indexOf(u.actionId())))
			.toList();
		int decidedAt = order.indexOf(decidedActionId);
		return undecided.stream()
			.filter(u -> order.indexOf(u.actionId()) > decidedAt)
			.findFirst()
			.or(() -> undecided.stream().findFirst());
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	private String periodsPage(Model model, long planId, PeriodForm form) {
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("periods", this.progress.periods(planId));
		model.addAttribute("waiting", this.progress.decisionsWaiting(planId));
		model.addAttribute("form", form);
		model.addAttribute("reviewPointOptions", List.of(new Option("yes", "This month is one of the plan's review points")));
		return "progress/periods";
	}

	private String reviewPage(Model model, long planId, PeriodView period, Long failedUpdateId, BindingResult failed) {
		PlanView plan = this.plans.plan(planId);
		Map<Long, ActionView> actions = plan.actions().collect(Collectors.toMap(ActionView::id, Function.identity()));
		List<Long> order = plan.actions().map(ActionView::id).toList();
		Map<Long, ReviewFacts> facts = this.progress.reviewFacts(period.id());
		List<ReviewItem> items = this.progress.updatesOf(period.id())
			.stream()
			.filter(UpdateView::submitted)
			.filter(u -> actions.containsKey(u.actionId()))
			.sorted(Comparator.comparingInt(u -> order.indexOf(u.actionId())))
			.map(update -> {
				boolean failedHere = failedUpdateId != null && failedUpdateId == update.id();
				ReviewForm form = failedHere ? (ReviewForm) failed.getTarget() : new ReviewForm();
				BindingResult errors = failedHere ? failed : new BeanPropertyBindingResult(form, "reviewForm");
				return new ReviewItem(update, actions.get(update.actionId()), facts.get(update.id()), form, errors);
			})
			.toList();
		model.addAttribute("plan", plan);
		model.addAttribute("period", period);
		model.addAttribute("items", items);
		model.addAttribute("undecidedCount",
				items.stream().filter(i -> i.update().state() == UpdateView.State.SUBMITTED).count());
		model.addAttribute("decisions", List.of(new Option("accept", "Accept"),
				new Option("challenge", "Challenge", "Send it back to the lead with your comment")));
		if (failed != null) {
			model.addAttribute("pageHasErrors", failed.hasErrors());
		}
		return "progress/review";
	}

	private PeriodView periodOf(long planId, long periodId) {
		PeriodView period = this.progress.period(periodId);
		if (period.planId() != planId) {
			throw new NotFoundException("Reporting period");
		}
		return period;
	}

	public record ReviewItem(UpdateView update, ActionView action, ReviewFacts facts, ReviewForm form,
			BindingResult errors) {
	}

}
