package org.wsoatracker.report.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wsoatracker.report.PublishedReport;
import org.wsoatracker.report.ReportContent;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.report.ReportSummary;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.text.Wording;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's public progress page, for the local area's Local Offer website: no sign-in, only what was published, no
 * one's name, under the local area's own name. Off unless the programme office turns it on; when off, the page does
 * not exist.
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
		model.addAttribute("publicService", report.content().plan().localAreaName());
		Optional<PublishedReport> previous = previous(report.summary());
		model.addAttribute("previous", previous.map(PublishedReport::summary).orElse(null));
		model.addAttribute("changes", previous.map(before -> changes(before.content(), report.content())).orElse(List.of()));
		return "report/public";
	}

	/**
	 * The current report published before this one, for an earlier period: what the page compares with.
	 */
	private Optional<PublishedReport> previous(ReportSummary latest) {
		return this.reports.reportsOf(latest.planId())
			.stream()
			.filter(summary -> !summary.superseded() && summary.month().isBefore(latest.month()))
			.findFirst()
			.map(summary -> this.reports.report(summary.id()));
	}

	/**
	 * Each action whose progress reads differently from the earlier report, and has an update: what it is, and its
	 * progress then and now.
	 */
	static List<Change> changes(ReportContent before, ReportContent now) {
		Map<String, String> earlier = new HashMap<>();
		before.areas().forEach(area -> area.actions().forEach(action -> earlier.put(action.number(), action.status().label())));
		List<Change> changes = new ArrayList<>();
		now.areas().forEach(area -> area.actions().forEach(action -> {
			String then = earlier.get(action.number());
			if (then != null && !then.equals(action.status().label()) && !noUpdate(action.status().label())) {
				changes.add(new Change(action.outcome(), then, action.status()));
			}
		}));
		return changes;
	}

	/**
	 * No update for the period says nothing about progress: not a change to tell parents about. (Reports published
	 * before the wording was one said "No update submitted".)
	 */
	private static boolean noUpdate(String label) {
		return label.equals(Wording.NO_UPDATE) || label.equals("No update submitted");
	}

	/**
	 * An action whose progress changed: what we said we would do, the earlier progress and the progress now.
	 */
	record Change(String what, String before, ReportContent.Status now) {
	}

}
