package org.wsoatracker.report.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.report.ReportContent;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.report.ReportSummary;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Published reports, board packs and the public page as people reach them, on the York demo plan whose five review
 * points demo mode publishes; and what each role may do.
 */
@IntegrationTest
class ReportWebTests {

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.wsoatracker.shared.text.Wording wording;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	ReportService reports;

	@Autowired
	org.wsoatracker.support.TestPlans testPlans;

	@Autowired
	org.wsoatracker.people.AccountService accounts;

	@Autowired
	MeterRegistry meters;

	PlanView york;

	List<ReportSummary> yorkReports;

	PeriodView lastPeriod;

	@BeforeEach
	void findYork() {
		long id = this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals("York written statement of action"))
			.findFirst()
			.map(PlanSummary::id)
			.orElseThrow();
		this.york = this.plans.plan(id);
		this.yorkReports = this.reports.reportsOf(id).stream().filter(report -> report.version() == 1).toList();
		this.lastPeriod = this.progress.periods(id)
			.stream()
			.filter(period -> period.month().equals(java.time.YearMonth.of(2021, 5)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theScrutinyCommitteeSeesTheFiveYorkReportsAndEachOpens() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.SCRUTINY);
		Document list = Pages.html(this.mvc.perform(get("/reports").cookie(session)).andExpect(status().isOk()).andReturn());
		List<String> links = list.select("table a[href~=^/reports/\\d+$]").eachText();
		assertThat(links).contains("Progress to May 2021", "Progress to February 2021", "Progress to November 2020",
				"Progress to August 2020", "Progress to May 2020");
		assertThat(list.select("nav a").eachText()).containsExactly("Home", "Reports");
		assertThat(list.select("main form")).isEmpty();

		for (ReportSummary report : this.yorkReports) {
			Document page = Pages.html(this.mvc.perform(get("/reports/" + report.id()).cookie(session))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select("h1").text()).isEqualTo(report.title());
			assertThat(page.select("h2").eachText()).contains("1. Summary", "3. Progress by area of weakness",
					"4. Exceptions", "5. Measures of success against targets", "6. Next steps",
					"7. Recommendations", "Abbreviations");
			for (var area : this.york.areas()) {
				assertThat(page.text()).contains(area.title());
			}
			assertThat(page.select("main form")).isEmpty();
			assertThat(page.select("main a[href]").eachAttr("href"))
				.allSatisfy(href -> assertThat(href).startsWith("/reports"));
		}
		Document may = Pages.html(this.mvc.perform(get("/reports/" + latestYork().id()).cookie(session)).andReturn());
		assertThat(may.select(".app-paper__exception h3").eachText()).isNotEmpty()
			.allMatch(heading -> heading.startsWith("Action "));
		assertThat(may.select(".govuk-summary-list__key").eachText()).contains("SEND", "CYC", "RAG", "WSOA");
	}

	@Test
	void theReportPdfIsAValidTaggedPdfWithTheAreaTitles() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.SCRUTINY);
		MvcResult result = this.mvc.perform(get("/reports/" + latestYork().id() + ".pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document).replaceAll("\\s+", " ");
			for (var area : this.york.areas()) {
				assertThat(text).contains(area.title().replaceAll("\\s+", " "));
			}
			assertThat(document.getNumberOfPages()).isGreaterThan(1);
			assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void everyRoleReadsPublishedReportsAndTheirFiles(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		long id = latestYork().id();
		this.mvc.perform(get("/reports").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/reports/" + id).cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/reports/" + id + ".pdf").cookie(session)).andExpect(status().isOk());
		MvcResult xlsx = this.mvc.perform(get("/reports/" + id + ".xlsx").cookie(session))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith('P', 'K');
		MvcResult csv = this.mvc.perform(get("/reports/" + id + ".csv").cookie(session))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("1.1",
				"4.2");
		this.mvc.perform(get("/reports/999999").cookie(session)).andExpect(status().isNotFound());
	}

	@Test
	void withoutSigningInReportsAskForSignIn() throws Exception {
		this.mvc.perform(get("/reports")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/reports/" + latestYork().id() + ".pdf")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theScrutinyCommitteeIsRefusedEverythingElse() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.SCRUTINY);
		long planId = this.york.id();
		long actionId = this.york.actions().findFirst().orElseThrow().id();
		long periodId = this.lastPeriod.id();
		for (String url : List.of("/plans", "/plans/" + planId, "/plans/" + planId + "/dashboard", "/dashboard",
				"/api", "/api/plans", "/api/plans/" + planId, "/api/plans/" + planId + "/progress", "/my-actions",
				"/actions/" + actionId + "/updates", "/actions/" + actionId + "/updates/new",
				"/plans/" + planId + "/actions/" + actionId, "/plans/" + planId + "/edit", "/plans/new",
				"/plans/" + planId + "/periods", "/plans/" + planId + "/periods/" + periodId,
				"/plans/" + planId + "/periods/" + periodId + "/board-pack",
				"/plans/" + planId + "/periods/" + periodId + "/board-pack.pdf",
				"/plans/" + planId + "/periods/" + periodId + "/updates.xlsx",
				"/plans/" + planId + "/periods/" + periodId + "/publish", "/plans/" + planId + "/export.xlsx",
				"/local-areas", "/plans/import", "/inspections/" + this.york.inspection().id())) {
			this.mvc.perform(get(url).cookie(session)).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/plans/" + planId + "/periods/" + periodId + "/publish").cookie(session)
			.with(csrf())
			.param("committee", "C")
			.param("reportOf", "R")).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/" + planId + "/public-page").cookie(session).with(csrf()).param("enabled", "true"))
			.andExpect(status().isForbidden());
		assertThat(this.reports.publicPageEnabled(planId)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD })
	void onlyTheProgrammeOfficePublishes(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		String url = "/plans/" + this.york.id() + "/periods/" + this.lastPeriod.id() + "/publish";
		int before = this.reports.reportsOf(this.york.id()).size();
		this.mvc.perform(get(url).cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(post(url).cookie(session)
			.with(csrf())
			.param("committee", "C")
			.param("reportOf", "R")
			.param("correctionNote", "N")).andExpect(status().isForbidden());
		assertThat(this.reports.reportsOf(this.york.id())).hasSize(before);
	}

	@Test
	void publishingAgainNeedsWhatItCorrectsAndKeepsTheInput() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.ADMIN);
		String url = "/plans/" + this.york.id() + "/periods/" + this.lastPeriod.id() + "/publish";
		Document form = Pages.html(this.mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn());
		assertThat(form.select("#committee").val())
			.isEqualTo("Children, Education and Communities Policy and Scrutiny Committee");
		int before = this.reports.reportsOf(this.york.id()).size();

		this.mvc.perform(post(url).cookie(session).param("committee", "C").param("reportOf", "R"))
			.andExpect(status().isForbidden());

		Document refused = Pages.html(this.mvc.perform(post(url).cookie(session)
			.with(csrf())
			.param("committee", "")
			.param("reportOf", "Assistant Director <b>typed</b>")
			.param("correctionNote", "")).andExpect(status().isOk()).andReturn());
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#committee",
				"#correctionNote");
		assertThat(refused.select("#reportOf").val()).isEqualTo("Assistant Director <b>typed</b>");
		assertThat(refused.select("#committee-error").text()).contains("Enter the committee the report is for");
		assertThat(this.reports.reportsOf(this.york.id())).hasSize(before);

		MvcResult published = this.mvc.perform(post(url).cookie(session)
			.with(csrf())
			.param("committee", "Scrutiny Committee")
			.param("reportOf", "Assistant Director")
			.param("correctionNote", "Corrects the May 2021 figures")).andExpect(redirectedUrlPattern("/reports/*")).andReturn();
		Document version = Pages.html(this.mvc
			.perform(get(published.getResponse().getRedirectedUrl()).cookie(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(version.select(".govuk-inset-text").text()).contains("Corrects the May 2021 figures");
		assertThat(this.reports.reportsOf(this.york.id())).hasSize(before + 1);
		String reportId = published.getResponse().getRedirectedUrl().replace("/reports/", "");
		assertThat(this.jdbc.queryForObject("select count(*) from security_event where kind = 'REPORT_PUBLISHED' "
				+ "and actor_email = ? and detail like ?", Integer.class, Pages.ADMIN, "%(report " + reportId + ")"))
			.isEqualTo(1);

		ReportSummary older = this.reports.reportsOf(this.york.id()).get(1);
		Document superseded = Pages.html(this.mvc.perform(get("/reports/" + older.id()).cookie(session)).andReturn());
		assertThat(superseded.select(".govuk-warning-text").text()).contains("superseded by version");
	}

	@Test
	void anOrdinaryOpenPeriodCannotBePublished() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.ADMIN);
		PlanView plan = this.testPlans.create();
		PeriodView open = this.progress.openPeriod(plan.id(), java.time.YearMonth.of(2030, 1),
				java.time.LocalDate.of(2030, 1, 31), false);
		Document refused = Pages.html(this.mvc
			.perform(post("/plans/" + plan.id() + "/periods/" + open.id() + "/publish").cookie(session)
				.with(csrf())
				.param("committee", "C")
				.param("reportOf", "R"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.select(".govuk-error-summary").text()).contains("Close January 2030 before publishing");
		assertThat(this.reports.reportsOf(plan.id())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD })
	void theBoardAndTheOfficeGetTheBoardPack(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		String base = "/plans/" + this.york.id() + "/periods/" + this.lastPeriod.id();
		Document pack = Pages.html(this.mvc.perform(get(base + "/board-pack").cookie(session))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(pack.select("h2").eachText()).contains("Decisions needed", "4. Exceptions");
		List<String> awaiting = this.progress.updatesOf(this.lastPeriod.id())
			.stream()
			.filter(update -> update.state() == org.wsoatracker.progress.UpdateView.State.SUBMITTED)
			.map(update -> "Accept or challenge the update for action " + this.york.actions()
				.filter(action -> action.id() == update.actionId())
				.findFirst()
				.orElseThrow()
				.number())
			.toList();
		assertThat(awaiting).isNotEmpty();
		assertThat(pack.select(".app-paper__decisions li").eachText()).containsAll(awaiting);
		// headings in order: the h1 first, then decisions needed; addressed to the board, not a committee
		assertThat(pack.select("main h1, main h2").first().tagName()).isEqualTo("h1");
		assertThat(pack.select("main h2").first().text()).isEqualTo("Decisions needed");
		assertThat(pack.select("main").text()).doesNotContain("the committee");
		assertThat(pack.select(".app-paper__date").text()).startsWith("Built ");
		assertThat(pack.select(".app-paper__answers").eachText()).containsExactly(
				"Answers area of weakness 1 of the inspection", "Answers area of weakness 2 of the inspection",
				"Answers area of weakness 3 of the inspection", "Answers area of weakness 4 of the inspection");
		MvcResult pdf = this.mvc.perform(get(base + "/board-pack.pdf").cookie(session))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Decisions needed").contains(awaiting.get(0)).doesNotContain("the committee");
			List<String> outline = new java.util.ArrayList<>();
			for (var item = document.getDocumentCatalog().getDocumentOutline().getFirstChild(); item != null; item = item
				.getNextSibling()) {
				outline.add(item.getTitle());
			}
			assertThat(outline.get(0)).endsWith(": progress to " + this.lastPeriod.label());
			assertThat(outline.subList(1, outline.size())).containsSubsequence("Decisions needed", "1. Summary",
					"2. Background", "3. Progress by area of weakness", "4. Exceptions",
					"5. Measures of success against targets", "6. Next steps", "7. Recommendations");
		}
		MvcResult xlsx = this.mvc.perform(get(base + "/updates.xlsx").cookie(session))
			.andExpect(status().isOk())
			.andReturn();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			assertThat(workbook.getSheet("Updates").getLastRowNum()).isEqualTo(12);
		}
	}

	@Test
	void leadsDoNotGetTheBoardPack() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.LEAD);
		String base = "/plans/" + this.york.id() + "/periods/" + this.lastPeriod.id();
		this.mvc.perform(get(base + "/board-pack").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/board-pack.pdf").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/updates.xlsx").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void thePublicPageIsOffUntilTheOfficeTurnsItOnAndNamesNoOne() throws Exception {
		long planId = this.york.id();
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		this.mvc.perform(post("/plans/" + planId + "/public-page").cookie(admin).with(csrf()).param("enabled", "false"));
		this.mvc.perform(get("/public/plans/" + planId)).andExpect(status().isNotFound());

		for (String email : List.of(Pages.BOARD, Pages.LEAD)) {
			this.mvc.perform(post("/plans/" + planId + "/public-page").cookie(Pages.signIn(this.mvc, email))
				.with(csrf())
				.param("enabled", "true")).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/public/plans/" + planId)).andExpect(status().isNotFound());

		this.mvc.perform(post("/plans/" + planId + "/public-page").cookie(admin).with(csrf()).param("enabled", "true"))
			.andExpect(redirectedUrl("/reports"));
		assertThat(this.jdbc.queryForList("select kind from security_event where actor_email = ? and detail = ? "
				+ "order by id desc limit 2", String.class, Pages.ADMIN, "Plan " + planId))
			.containsExactly("PUBLIC_PAGE_ON", "PUBLIC_PAGE_OFF");
		try {
			Document page = Pages.html(this.mvc.perform(get("/public/plans/" + planId))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select("h2").eachText()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(page.text()).contains(this.york.areas().get(0).title())
				.doesNotContain("Maxine Squire")
				.doesNotContain("M.S")
				.doesNotContain("demo data");
			assertThat(page.select(".app-public-action dd").eachText()).anyMatch(cell -> cell.contains("(CYC)"));
			assertThat(page.select("form")).isEmpty();
			java.nio.file.Files.writeString(java.nio.file.Path.of("target", "public-page.html"), page.outerHtml());
			// for parents and carers: the local area's name, not the service's; the title is the heading
			assertThat(page.select("h1").text())
				.isEqualTo("How we are improving support for children and young people with SEND in York");
			assertThat(page.title()).isEqualTo(page.select("h1").text() + " \u2013 York");
			assertThat(page.select("header").text()).contains("York").doesNotContain("WSOA Tracker");
			assertThat(page.select(".app-public-date").text()).matches(
					"This page shows our progress up to \\w+ \\d{4}\\. We published it on \\d{1,2} \\w+ \\d{4}\\.");
			// the summary in words that agree with its numbers; what changed since the report before
			ReportContent content = this.reports.publicReport(planId).orElseThrow().content();
			assertThat(page.select(".app-public-summary li").eachText()).containsExactly(
					this.wording.format("public.summary.actions", content.summary().actions()),
					this.wording.format("public.summary.complete", content.summary().complete()),
					this.wording.format("public.summary.behind", content.summary().ofConcern()));
			assertThat(page.select("#changes + p").text()).startsWith("Since our report for ");
			// no empty cell, nothing internal
			assertThat(page.select("main dd")).allSatisfy(cell -> assertThat(cell.text()).isNotBlank());
			assertThat(page.select("main").text()).doesNotContain("Not reported").doesNotContain("null");
		}
		finally {
			this.mvc.perform(post("/plans/" + planId + "/public-page").cookie(admin).with(csrf()).param("enabled", "false"));
		}
		this.mvc.perform(get("/public/plans/" + planId)).andExpect(status().isNotFound());
	}

	@Test
	void aLeadsTextShowsLiterallyOnTheReportAndThePublicPage() throws Exception {
		String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> =1+1";
		PlanView plan = this.testPlans.create();
		PeriodView period = this.progress.openPeriod(plan.id(), java.time.YearMonth.of(2020, 6),
				java.time.LocalDate.of(2020, 6, 30), true);
		long adminId = this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id();
		this.progress.write(plan.areas().get(0).actions().get(0).id(),
				new org.wsoatracker.progress.UpdateCommand("PROGRESSING_BUT_DELAYED", null, hostile, hostile,
						java.util.Map.of()),
				new org.wsoatracker.progress.Actor(adminId, "Office", true), null, true);
		ReportSummary report = this.reports.publish(period.id(),
				new org.wsoatracker.report.PublishCommand("Committee <i>x</i>", "Officer", null), adminId, "Office");

		Document page = Pages.html(this.mvc.perform(get("/reports/" + report.id()).cookie(Pages.signIn(this.mvc,
				Pages.SCRUTINY))).andExpect(status().isOk()).andReturn());
		assertThat(page.select(".app-paper__commentary dd").eachText()).contains(hostile);
		assertThat(page.select(".app-paper__committee").text()).isEqualTo("Committee <i>x</i>");
		assertThat(page.select("main script, main img, main i")).isEmpty();

		this.reports.setPublicPage(plan.id(), true, adminId);
		Document publicPage = Pages.html(this.mvc.perform(get("/public/plans/" + plan.id()))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(publicPage.select(".app-public-action dd").eachText()).contains(hostile);
		assertThat(publicPage.select("main script, main img")).isEmpty();
	}

	@Test
	void aReportsPdfIsStoredAsItIsPublishedAndEveryDownloadIsThoseBytes() throws Exception {
		PlanView plan = this.testPlans.create();
		PeriodView period = this.progress.openPeriod(plan.id(), java.time.YearMonth.of(2020, 6),
				java.time.LocalDate.of(2020, 6, 30), true);
		MvcResult published = this.mvc.perform(post("/plans/" + plan.id() + "/periods/" + period.id() + "/publish")
			.cookie(Pages.signIn(this.mvc, Pages.ADMIN))
			.with(csrf())
			.param("committee", "Scrutiny Committee")
			.param("reportOf", "Assistant Director")).andExpect(redirectedUrlPattern("/reports/*")).andReturn();
		long id = Long.parseLong(published.getResponse().getRedirectedUrl().replace("/reports/", ""));
		byte[] stored = storedPdf(id);
		assertThat(stored).as("stored at publication").isNotNull();
		assertThat(new String(stored, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		double renders = publishedReportRenders();
		assertThat(renders).as("the render at publication, counted").isPositive();
		Cookie scrutiny = Pages.signIn(this.mvc, Pages.SCRUTINY);
		for (int download = 0; download < 2; download++) {
			MvcResult pdf = this.mvc.perform(get("/reports/" + id + ".pdf").cookie(scrutiny))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
				.andReturn();
			assertThat(pdf.getResponse().getContentAsByteArray()).isEqualTo(stored);
		}
		assertThat(publishedReportRenders()).as("renders after publication").isEqualTo(renders);
	}

	@Test
	void aReportPublishedBeforePdfsWereKeptIsRenderedOnceAtItsFirstDownload() throws Exception {
		PlanView plan = this.testPlans.create();
		PeriodView period = this.progress.openPeriod(plan.id(), java.time.YearMonth.of(2020, 6),
				java.time.LocalDate.of(2020, 6, 30), true);
		long adminId = this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id();
		ReportSummary report = this.reports.publish(period.id(),
				new org.wsoatracker.report.PublishCommand("Committee", "Officer", null), adminId, "Office");
		assertThat(storedPdf(report.id())).isNull();

		double renders = publishedReportRenders();
		Cookie scrutiny = Pages.signIn(this.mvc, Pages.SCRUTINY);
		byte[] first = this.mvc.perform(get("/reports/" + report.id() + ".pdf").cookie(scrutiny))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(storedPdf(report.id())).isEqualTo(first);
		byte[] second = this.mvc.perform(get("/reports/" + report.id() + ".pdf").cookie(scrutiny))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(second).isEqualTo(first);
		assertThat(publishedReportRenders()).isEqualTo(renders + 1);
	}

	private byte[] storedPdf(long reportId) {
		return this.jdbc.query("select pdf from published_report_pdf where report_id = ?",
				rs -> rs.next() ? rs.getBytes(1) : null, reportId);
	}

	private double publishedReportRenders() {
		var timer = this.meters.find("wsoa.pdf.render").tag("kind", "published-report").timer();
		return timer == null ? 0 : timer.count();
	}

	private ReportSummary latestYork() {
		return this.yorkReports.stream()
			.max(java.util.Comparator.comparing(ReportSummary::month))
			.orElseThrow();
	}

}
