package org.wsoatracker.report;

import java.time.YearMonth;
import java.util.Map;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What bounds a render besides the number of them at once: it is refused inside a transaction, where it would hold a
 * database connection, and stopped when it runs out of time, giving its place to the next.
 */
@IntegrationTest
class ReportPdfTests {

	@Autowired
	ReportService reports;

	@Autowired
	PdfService pdfs;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	TransactionTemplate transactions;

	long york;

	long may2021;

	BoardPack pack;

	@BeforeEach
	void readYorksBoardPack() {
		this.york = this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals(DemoReports.YORK_PLAN))
			.findFirst()
			.map(PlanSummary::id)
			.orElseThrow();
		this.may2021 = this.progress.periods(this.york)
			.stream()
			.filter(period -> period.month().equals(YearMonth.of(2021, 5)))
			.findFirst()
			.orElseThrow()
			.id();
		this.pack = this.reports.boardPack(this.york, this.may2021, "Programme office");
	}

	@Test
	void aPdfIsNotRenderedInsideATransaction() {
		assertThatThrownBy(() -> this.transactions
			.execute(status -> this.pdfs.boardPack(this.york, this.may2021, "Programme office")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("outside any transaction");
	}

	@Test
	void aRenderThatRunsOutOfTimeIsStoppedAndMakesRoomForTheNext() {
		// One render at a time, no waiting for one, a second to each: the paper's 400,000-character committee name
		// takes far longer than that to lay out.
		ReportPdf renderer = new ReportPdf(this.templates, ObservationRegistry.NOOP, 1, 0, 1);
		ReportContent content = this.pack.content();
		ReportContent huge = new ReportContent(
				new ReportContent.Paper("Children and Young People Scrutiny Committee ".repeat(9_000),
						content.paper().reportOf(), content.paper().author()),
				content.plan(), content.period(), content.summary(), content.areas(), content.trend(),
				content.trendPeriods(), content.exceptions(), content.measures(), content.abbreviations());
		Map<String, Object> variables = Map.of("report", huge, "published", this.pack.builtText(), "title", "Huge");

		assertThatThrownBy(() -> renderer.render("board-pack", () -> variables))
			.isInstanceOf(ReportPdf.TimeLimitExceeded.class)
			.hasMessage("The PDF was stopped at its time limit of 1 s");
		// Had the stopped render kept its place, this one would be refused as busy without waiting.
		assertThatThrownBy(() -> renderer.render("board-pack", () -> variables))
			.isInstanceOf(ReportPdf.TimeLimitExceeded.class);
	}

}
