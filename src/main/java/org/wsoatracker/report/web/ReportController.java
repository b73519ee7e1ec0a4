package org.wsoatracker.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.wsoatracker.people.Role;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.report.PdfService;
import org.wsoatracker.report.PublishedReport;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.report.ReportSummary;
import org.wsoatracker.security.SignedInUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published reports: the list and each report, as a page, PDF, XLSX and CSV. Every signed-in role reads them; they
 * are all the scrutiny committee sees.
 */
@Controller
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ReportService reports;

	private final PdfService pdfs;

	private final PlanService plans;

	ReportController(ReportService reports, PdfService pdfs, PlanService plans) {
		this.reports = reports;
		this.pdfs = pdfs;
		this.plans = plans;
	}

	@GetMapping("/reports")
	String reports(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<PlanSummary> inUse = this.plans.plans(user.scope());
		// An archived plan's reports stay readable: they are listed under its title too.
		Map<Long, String> planTitles = Stream.concat(inUse.stream(), this.plans.archivedPlans(user.scope()).stream())
			.collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
		model.addAttribute("planTitles", planTitles);
		model.addAttribute("byPlan", this.reports.reports()
			.stream()
			.filter(report -> planTitles.containsKey(report.planId()))
			.collect(Collectors.groupingBy(ReportSummary::planId, LinkedHashMap::new, Collectors.toList())));
		if (user.getRole() == Role.ADMIN) {
			model.addAttribute("plans", inUse);
			model.addAttribute("publicPages", this.reports.plansWithPublicPage());
		}
		return "report/reports";
	}

	@GetMapping("/reports/{id}")
	String report(@PathVariable long id, Model model) {
		PublishedReport report = this.reports.report(id);
		model.addAttribute("summary", report.summary());
		model.addAttribute("report", report.content());
		model.addAttribute("published", ReportService.publishedText(report.summary()));
		model.addAttribute("versions", this.reports.reportsOf(report.summary().planId())
			.stream()
			.filter(other -> other.periodId() == report.summary().periodId())
			.toList());
		return "report/report";
	}

	@GetMapping("/reports/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return download(this.pdfs.publishedReport(id), MediaType.APPLICATION_PDF, fileName(id, "pdf"));
	}

	@GetMapping("/reports/{id}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return download(this.reports.xlsx(id), XLSX, fileName(id, "xlsx"));
	}

	@GetMapping("/reports/{id}.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		return download(this.reports.csv(id), CSV, fileName(id, "csv"));
	}

	@PostMapping("/plans/{planId}/public-page")
	@PreAuthorize("hasRole('ADMIN')")
	String publicPage(@PathVariable long planId, @RequestParam boolean enabled,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.reports.setPublicPage(planId, enabled, user.getAccountId());
		redirect.addFlashAttribute("success", enabled
				? "Public page turned on: anyone can read the plan's latest published report at /public/plans/" + planId
				: "Public page turned off");
		return "redirect:/reports";
	}

	private String fileName(long id, String extension) {
		ReportSummary summary = this.reports.summary(id);
		return "report-" + summary.month() + "-v" + summary.version() + "." + extension;
	}

	static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
