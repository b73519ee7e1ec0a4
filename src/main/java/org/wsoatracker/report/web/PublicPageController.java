package org.wsoatracker.report.web;

import org.wsoatracker.report.PublishedReport;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's public progress page, for the local area's Local Offer website: no sign-in, only what was published, no
 * one's name. Off unless the programme office turns it on; when off, the page does not exist.
 */
@Controller
class PublicPageController {

	private final ReportService reports;

	PublicPageController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/public/plans/{planId}")
	String page(@PathVariable long planId, Model model) {
		PublishedReport report = this.reports.publicReport(planId).orElseThrow(() -> new NotFoundException("Page"));
		model.addAttribute("report", report.content());
		model.addAttribute("summary", report.summary());
		return "report/public";
	}

}
