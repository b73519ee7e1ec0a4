package org.wsoatracker.report;

import java.util.Map;

import org.wsoatracker.shared.error.ServiceBusyException;

import org.springframework.stereotype.Service;

/**
 * Board packs and published reports as PDFs, rendered without holding a database connection: what a PDF shows is
 * read first, as records, in {@link ReportService}'s read-only transactions, which end before the render starts.
 * This service is therefore deliberately not transactional. Renders are bounded (see {@link ReportPdf}): when too
 * many are under way, the caller gets {@link ServiceBusyException}.
 */
@Service
public class PdfService {

	private final ReportService reports;

	private final ReportPdf renderer;

	PdfService(ReportService reports, ReportPdf renderer) {
		this.reports = reports;
		this.renderer = renderer;
	}

	/**
	 * The board pack, read already (see {@link ReportService#boardPack}), as a PDF.
	 */
	public byte[] boardPack(BoardPack pack) {
		return this.renderer.render("board-pack", Map.of("report", pack.content(), "published", pack.builtText(),
				"title", "Board pack: " + pack.content().plan().title() + ", " + pack.content().period().label()));
	}

	/**
	 * The published report as a PDF, from the same template the page shows.
	 */
	public byte[] publishedReport(long id) {
		PublishedReport report = this.reports.report(id);
		return this.renderer.render("published-report", Map.of("report", report.content(), "published",
				ReportService.publishedText(report.summary()), "title", report.summary().title()));
	}

}
