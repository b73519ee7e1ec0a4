package org.wsoatracker.report;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.governance.BoardGovernanceService;
import org.wsoatracker.shared.error.ServiceBusyException;

import org.springframework.stereotype.Service;

/**
 * Board packs and published reports as PDFs, rendered without holding a database connection: what a PDF shows is
 * read first, as records, in {@link ReportService}'s read-only transactions, which end before the layout starts.
 * This service is therefore deliberately not transactional. A published report never changes, so its PDF is rendered
 * once — when it is published, or at the first download of one published before PDFs were kept — and from then on
 * served as stored. Renders are bounded (see {@link ReportPdf}): when too many are under way, the caller gets
 * {@link ServiceBusyException}.
 */
@Service
public class PdfService {

	private static final Logger log = LoggerFactory.getLogger(PdfService.class);

	private final ReportService reports;

	private final ReportPdf renderer;

	private final BoardGovernanceService governance;

	PdfService(ReportService reports, ReportPdf renderer, BoardGovernanceService governance) {
		this.reports = reports;
		this.renderer = renderer;
		this.governance = governance;
	}

	/**
	 * The board pack (see {@link ReportService#boardPack}) as a PDF.
	 */
	public byte[] boardPack(long planId, long periodId, String author) {
		return this.renderer.render("board-pack", () -> {
			BoardPack pack = this.reports.boardPack(planId, periodId, author);
			return Map.of("report", pack.content(), "pack", pack, "published", pack.builtText(), "title",
					"Board pack: " + pack.content().plan().title() + ", " + pack.content().period().label(),
					"governance", this.governance.forBoard(planId));
		});
	}

	/**
	 * The published report's PDF: the stored one, the same bytes at every download; rendered and stored first if it
	 * has none yet.
	 */
	public byte[] publishedReport(long id) {
		return this.reports.storedPdf(id).orElseGet(() -> this.reports.storePdf(id,
				this.renderer.render("published-report", () -> {
					PublishedReport report = this.reports.report(id);
					return Map.of("report", report.content(), "published",
							ReportService.publishedText(report.summary()), "title", report.summary().title());
				})));
	}

	/**
	 * Renders and stores a report's PDF as it is published, so that no download has to. When the service is too busy
	 * to render it now, or the render runs out of time, its first download tries again: the report is published
	 * either way.
	 */
	public void renderPublished(long id) {
		try {
			publishedReport(id);
		}
		catch (ServiceBusyException | ReportPdf.TimeLimitExceeded ex) {
			log.warn("The PDF of report {} is left for its first download: {}", id, ex.getMessage());
		}
	}

}
