package org.wsoatracker.report.web;

import java.util.List;

import org.wsoatracker.plan.PlanService;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.report.PdfService;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.report.ReportSummary;
import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

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
 * The programme office publishes a period's report for the scrutiny committee, or a corrected version of it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PublishController {

	private static final int MAX_TEXT = 300;

	/**
	 * The longest note of what a version corrects (the database holds the same bound).
	 */
	private static final int MAX_NOTE = 2_000;

	private final ReportService reports;

	private final PdfService pdfs;

	private final ProgressService progress;

	private final PlanService plans;

	PublishController(ReportService reports, PdfService pdfs, ProgressService progress, PlanService plans) {
		this.reports = reports;
		this.pdfs = pdfs;
		this.progress = progress;
		this.plans = plans;
	}

	@GetMapping("/plans/{planId}/periods/{periodId}/publish")
	String form(@PathVariable long planId, @PathVariable long periodId, Model model) {
		PublishForm form = new PublishForm();
		this.reports.reportsOf(planId)
			.stream()
			.findFirst()
			.map(latest -> this.reports.report(latest.id()).content().paper())
			.ifPresent(paper -> {
				form.setCommittee(paper.committee());
				form.setReportOf(paper.reportOf());
			});
		return page(model, planId, periodOf(planId, periodId), form);
	}

	@PostMapping("/plans/{planId}/periods/{periodId}/publish")
	String publish(@PathVariable long planId, @PathVariable long periodId, @ModelAttribute("form") PublishForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		PeriodView period = periodOf(planId, periodId);
		if (form.getCommittee().isBlank()) {
			result.rejectValue("committee", "required", "Enter the committee the report is for");
		}
		else if (form.getCommittee().length() > MAX_TEXT) {
			result.rejectValue("committee", "length", "Committee must be " + MAX_TEXT + " characters or fewer");
		}
		if (form.getReportOf().isBlank()) {
			result.rejectValue("reportOf", "required", "Enter whose report this is");
		}
		else if (form.getReportOf().length() > MAX_TEXT) {
			result.rejectValue("reportOf", "length", "Report of must be " + MAX_TEXT + " characters or fewer");
		}
		if (this.reports.reportsOf(planId).stream().anyMatch(report -> report.periodId() == periodId)
				&& form.getCorrectionNote().isBlank()) {
			result.rejectValue("correctionNote", "required",
					"Say what this version corrects: a report for " + period.label() + " has been published before");
		}
		else if (form.getCorrectionNote().trim().length() > MAX_NOTE) {
			result.rejectValue("correctionNote", "length", "What this version corrects must be 2,000 characters or fewer");
		}
		if (!result.hasErrors()) {
			try {
				ReportSummary published = this.reports.publish(periodId, form.toCommand(), user.getAccountId(),
						user.getDisplayName());
				this.pdfs.renderPublished(published.id());
				redirect.addFlashAttribute("success", "Report for " + period.label() + " published as version "
						+ published.version() + ": it will not change");
				return "redirect:/reports/" + published.id();
			}
			catch (ConflictException ex) {
				if (ex.field() != null) {
					result.rejectValue(ex.field(), "conflict", ex.getMessage());
				}
				else {
					result.reject("conflict", ex.getMessage());
				}
			}
		}
		return page(model, planId, period, form);
	}

	private String page(Model model, long planId, PeriodView period, PublishForm form) {
		List<ReportSummary> earlier = this.reports.reportsOf(planId)
			.stream()
			.filter(report -> report.periodId() == period.id())
			.toList();
		model.addAttribute("plan", this.plans.plan(planId));
		model.addAttribute("period", period);
		model.addAttribute("earlier", earlier);
		model.addAttribute("form", form);
		return "report/publish";
	}

	private PeriodView periodOf(long planId, long periodId) {
		PeriodView period = this.progress.period(periodId);
		if (period.planId() != planId) {
			throw new NotFoundException("Reporting period");
		}
		return period;
	}

}
