package org.wsoatracker.report.web;

import org.wsoatracker.governance.BoardGovernanceService;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.report.BoardPack;
import org.wsoatracker.report.PdfService;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The board pack for a period's Improvement Board meeting: a page for screen and print, the same as a PDF, and the
 * period's updates as a workbook.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'BOARD')")
class BoardPackController {

	private final ReportService reports;

	private final PdfService pdfs;

	private final ProgressService progress;

	private final BoardGovernanceService governance;

	BoardPackController(ReportService reports, PdfService pdfs, ProgressService progress,
			BoardGovernanceService governance) {
		this.reports = reports;
		this.pdfs = pdfs;
		this.progress = progress;
		this.governance = governance;
	}

	@GetMapping("/plans/{planId}/periods/{periodId}/board-pack")
	String page(@PathVariable long planId, @PathVariable long periodId, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		BoardPack pack = pack(planId, periodId, user);
		model.addAttribute("pack", pack);
		model.addAttribute("report", pack.content());
		model.addAttribute("published", pack.builtText());
		model.addAttribute("governance", this.governance.forBoard(planId));
		return "report/board-pack";
	}

	@GetMapping("/plans/{planId}/periods/{periodId}/board-pack.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long planId, @PathVariable long periodId,
			@AuthenticationPrincipal SignedInUser user) {
		PeriodView period = periodOf(planId, periodId);
		return ReportController.download(this.pdfs.boardPack(planId, periodId, user.getDisplayName()),
				MediaType.APPLICATION_PDF, "board-pack-" + period.month() + ".pdf");
	}

	@GetMapping("/plans/{planId}/periods/{periodId}/updates.xlsx")
	ResponseEntity<byte[]> updates(@PathVariable long planId, @PathVariable long periodId,
			@AuthenticationPrincipal SignedInUser user) {
		BoardPack pack = pack(planId, periodId, user);
		return ReportController.download(this.reports.xlsx(pack), ReportController.XLSX,
				"updates-" + this.progress.period(periodId).month() + ".xlsx");
	}

	private BoardPack pack(long planId, long periodId, SignedInUser user) {
		periodOf(planId, periodId);
		return this.reports.boardPack(planId, periodId, user.getDisplayName());
	}

	private PeriodView periodOf(long planId, long periodId) {
		PeriodView period = this.progress.period(periodId);
		if (period.planId() != planId) {
			throw new NotFoundException("Reporting period");
		}
		return period;
	}

}
