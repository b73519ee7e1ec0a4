package org.wsoatracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Publishing on real PostgreSQL: a report is a snapshot that never changes, corrections are new versions, and a
 * lead's text stays text in every form the report takes.
 */
@IntegrationTest
class ReportServiceTests {

	static final PublishCommand PAPER = new PublishCommand("Scrutiny Committee", "Assistant Director", null);

	static final String HOSTILE = "<script>alert('x')</script><b>bold</b> =HYPERLINK(\"http://example.org\")";

	@Autowired
	ReportService reports;

	@Autowired
	PdfService pdfs;

	@Autowired
	ProgressService progress;

	@Autowired
	TestPlans testPlans;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	PlanView plan;

	ActionView action;

	Actor lead;

	Actor chair;

	long adminId;

	PeriodView reviewPoint;

	@BeforeEach
	void setUp() {
		this.plan = this.testPlans.create();
		this.action = this.plan.areas().get(0).actions().get(0);
		this.lead = new Actor(this.accounts.findByEmail("lead@example.org").orElseThrow().id(), "Maxine Squire", false);
		this.chair = new Actor(this.accounts.findByEmail("chair@example.org").orElseThrow().id(), "Chair", false);
		this.adminId = this.accounts.findByEmail("admin@example.org").orElseThrow().id();
		this.reviewPoint = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30),
				true);
	}

	@Test
	void aPublishedReportIsUnchangedWhenTheUpdateIsEditedAndACorrectionIsANewVersion() {
		long updateId = this.progress
			.write(this.action.id(), command("PROGRESSING_AND_ON_TRACK", "First account of the work"), this.lead, null,
					true)
			.id();
		ReportSummary first = this.reports.publish(this.reviewPoint.id(), PAPER, this.adminId, "Programme office");
		assertThat(done(this.reports.report(first.id()))).isEqualTo("First account of the work");

		// the board challenges, the lead corrects the update
		this.progress.review(updateId, false, "The dates are wrong", this.chair);
		this.progress.write(this.action.id(), command("PROGRESSING_BUT_DELAYED", "Corrected account"), this.lead,
				this.progress.update(updateId).version(), true);

		PublishedReport unchanged = this.reports.report(first.id());
		assertThat(done(unchanged)).isEqualTo("First account of the work");
		assertThat(unchanged.content().areas().get(0).actions().get(0).status().label())
			.isEqualTo("Progressing and on track");
		assertThat(unchanged.summary().superseded()).isFalse();

		assertThatThrownBy(() -> this.reports.publish(this.reviewPoint.id(), PAPER, this.adminId, "Office"))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.field()).isEqualTo("correctionNote"));
		ReportSummary second = this.reports.publish(this.reviewPoint.id(),
				new PublishCommand("Scrutiny Committee", "Assistant Director", "Action 1.1 corrected by its lead"),
				this.adminId, "Programme office");

		assertThat(second.version()).isEqualTo(2);
		assertThat(done(this.reports.report(second.id()))).isEqualTo("Corrected account");
		assertThat(this.reports.report(second.id()).content().exceptions())
			.anySatisfy(item -> assertThat(item.reasons()).contains("Rated Progressing but delayed (Amber)"));
		assertThat(this.reports.summary(first.id()).supersededBy()).isEqualTo(2);
		assertThat(done(this.reports.report(first.id()))).isEqualTo("First account of the work");
		assertThat(this.reports.reportsOf(this.plan.id())).extracting(ReportSummary::version).containsExactly(2, 1);
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAPublishedReport() {
		ReportSummary report = this.reports.publish(this.reviewPoint.id(), PAPER, this.adminId, "Programme office");
		assertThatThrownBy(() -> this.jdbc.update("update published_report set title = 'Changed' where id = ?",
				report.id()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from published_report where id = ?", report.id()))
			.isInstanceOf(DataAccessException.class);
		assertThat(this.reports.summary(report.id()).title()).isEqualTo(report.title());
	}

	@Test
	void eachAreaSaysWhichWeaknessesItAnswersAndAReportPublishedBeforeStillReads() {
		ReportSummary report = this.reports.publish(this.reviewPoint.id(), PAPER, this.adminId, "Programme office");
		assertThat(this.reports.report(report.id()).content().areas()).extracting(ReportContent.Area::answers)
			.containsExactly("Answers area of weakness 1 of the inspection");

		// the same report as the version before stored it: its areas say nothing about the weaknesses they answer
		long earlier = this.jdbc.queryForObject("""
				insert into published_report (plan_id, period_id, version, title, period_month, published_at,
				    published_by, published_by_name, content)
				select plan_id, period_id, version + 1, title, period_month, published_at, published_by,
				    published_by_name, content #- '{areas,0,answers}'
				from published_report where id = ?
				returning id
				""", Long.class, report.id());
		PublishedReport read = this.reports.report(earlier);
		assertThat(read.content().areas().get(0).answers()).isNull();
		assertThat(read.content().areas().get(0).title()).isEqualTo("Leadership");
	}

	@Test
	void onlyClosedPeriodsAndReviewPointsArePublished() {
		PeriodView ordinary = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 7), LocalDate.of(2020, 7, 31),
				false);
		assertThatThrownBy(() -> this.reports.publish(ordinary.id(), PAPER, this.adminId, "Office"))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("Close July 2020");
		assertThat(this.reports.reportsOf(this.plan.id())).isEmpty();

		this.progress.closePeriod(ordinary.id(), this.progress.period(ordinary.id()).version());
		assertThat(this.reports.publish(ordinary.id(), PAPER, this.adminId, "Office").periodLabel())
			.isEqualTo("July 2020");
	}

	@Test
	void theReportReadsAsAtItsPeriodWithExceptionsMeasuresAndAbbreviations() {
		this.progress.write(this.action.id(), new UpdateCommand("PROGRESSING_BUT_DELAYED", null, "Done", "Next",
				Map.of(this.action.measures().get(0).id(), new java.math.BigDecimal("40"))), this.lead, null, true);
		ReportContent report = this.reports
			.report(this.reports.publish(this.reviewPoint.id(), PAPER, this.adminId, "Programme office").id())
			.content();

		assertThat(report.period().label()).isEqualTo("June 2020");
		assertThat(report.period().asAt()).isEqualTo(LocalDate.of(2020, 6, 30));
		assertThat(report.summary().actions()).isEqualTo(2);
		assertThat(report.summary().ofConcern()).isEqualTo(1);
		assertThat(report.summary().notReported()).isEqualTo(1);
		assertThat(report.areas()).extracting(ReportContent.Area::title).containsExactly("Leadership");
		assertThat(report.exceptions()).extracting(ReportContent.ExceptionItem::number).containsExactly("1.1", "1.2");
		assertThat(report.exceptions().get(0).reasons()).containsExactly("Rated Progressing but delayed (Amber)");
		assertThat(report.exceptions().get(1).reasons())
			.containsExactly("No update this period: the update for this period was due and has not been submitted");
		assertThat(report.measures()).singleElement().satisfies(measure -> {
			assertThat(measure.actual()).isEqualTo("40");
			assertThat(measure.baseline()).isEqualTo("40");
			assertThat(measure.target()).isEqualTo("90");
			assertThat(measure.position()).as("40 from February, where 90 is the target by December").isEqualTo("Behind");
		});
		assertThat(report.abbreviations()).extracting(ReportContent.Abbreviation::term)
			.contains("CYC", "CCG", "RAG", "WSOA");
	}

	@Test
	void aLeadsTextStaysTextInThePdfTheWorkbookAndTheCsv() throws IOException {
		this.progress.write(this.action.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, HOSTILE, HOSTILE,
				Map.of()), this.lead, null, true);
		ReportSummary report = this.reports.publish(this.reviewPoint.id(), PAPER, this.adminId, "Programme office");

		byte[] pdf = this.pdfs.publishedReport(report.id());
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("<script>alert('x')</script><b>bold</b>").contains("Leadership");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(report.title());
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(this.reports.xlsx(report.id())))) {
			var row = workbook.getSheet("Updates").getRow(1);
			assertThat(row.getCell(8).getStringCellValue()).isEqualTo(HOSTILE);
			assertThat(row.getCell(8).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
		}

		String csv = new String(this.reports.csv(report.id()), StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
		assertThat(records.get(0).get(8)).isEqualTo("What was done");
		assertThat(records.get(1).get(8)).isEqualTo(HOSTILE);

		this.progress.write(this.plan.areas().get(0).actions().get(1).id(),
				command("PROGRESSING_AND_ON_TRACK", "=1+1"), new Actor(this.adminId, "Office", true), null, true);
		ReportSummary again = this.reports.publish(this.reviewPoint.id(),
				new PublishCommand("Committee", "Officer", "Adds 1.2"), this.adminId, "Office");
		String guarded = new String(this.reports.csv(again.id()), StandardCharsets.UTF_8).substring(1);
		assertThat(CSVFormat.RFC4180.parse(new StringReader(guarded)).getRecords().get(2).get(8)).isEqualTo("'=1+1");
	}

	private static String done(PublishedReport report) {
		return report.content().areas().get(0).actions().get(0).done();
	}

	private static UpdateCommand command(String status, String done) {
		return new UpdateCommand(status, null, done, "What happens next", Map.of());
	}

}
