package org.wsoatracker.governance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Improvement Board's meetings on a plan as the programme office records them and the board reads them: the
 * meeting and its actions arising read back from the database; an open action arising on the board's dashboard and
 * in the board pack until it is closed with a note; risks above the threshold there too; errors; roles.
 */
@IntegrationTest
class BoardMeetingWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PeopleService people;

	@Autowired
	ProgressService progress;

	SignedInPages pages;

	PlanView plan;

	PeriodView period;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.plan = this.testPlans.create();
		this.period = this.progress.openPeriod(this.plan.id(), YearMonth.of(2021, 5), LocalDate.of(2021, 5, 31), true);
	}

	@Test
	void aMeetingWithAnActionArisingIsReadBackAndTheOpenActionIsOnTheDashboardAndInTheBoardPack() throws Exception {
		long maxine = GovernanceFixture.maxine(this.people);
		long karen = GovernanceFixture.karen(this.people);
		MvcResult recorded = this.pages.post(Pages.ADMIN, meetings(), "heldOn.day", "12", "heldOn.month", "5",
				"heldOn.year", "2021", "attendeeIds", String.valueOf(maxine), "attendeeIds", String.valueOf(karen),
				"periodId", String.valueOf(this.period.id()), "minutesSummary", "The board reviewed May's updates",
				"decisions", "Challenge action 1.2", "version", "0");
		long meetingId = this.jdbc.queryForObject("select id from board_meeting where plan_id = ?", Long.class,
				this.plan.id());
		assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo(meetings() + "/" + meetingId);
		assertThat(this.jdbc.queryForMap("select held_on, period_id, minutes_summary, decisions from board_meeting"
				+ " where id = ?", meetingId))
			.containsEntry("held_on", java.sql.Date.valueOf("2021-05-12"))
			.containsEntry("period_id", this.period.id())
			.containsEntry("minutes_summary", "The board reviewed May's updates")
			.containsEntry("decisions", "Challenge action 1.2");
		assertThat(this.jdbc.queryForList("select person_id from board_meeting_attendee where meeting_id = ?",
				Long.class, meetingId))
			.containsExactlyInAnyOrder(maxine, karen);
		Document meeting = this.pages.follow(Pages.ADMIN, recorded);
		assertThat(meeting.select("h1").text()).isEqualTo("Board meeting, 12 May 2021");
		assertThat(meeting.select("#meeting a[href$=/board-pack]").attr("href"))
			.isEqualTo("/plans/" + this.plan.id() + "/periods/" + this.period.id() + "/board-pack");

		this.pages.post(Pages.ADMIN, meetings() + "/" + meetingId + "/actions-arising", "description",
				"Write to the parent carer forum", "ownerId", String.valueOf(karen), "dueDate.day", "30",
				"dueDate.month", "6", "dueDate.year", "2021", "status", "OPEN", "closingNote", "", "version", "0");
		long actionId = this.jdbc.queryForObject("select id from action_arising where meeting_id = ?", Long.class,
				meetingId);

		Document dashboard = this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard");
		assertThat(dashboard.select("#outstanding-actions-arising tbody tr").eachText())
			.containsExactly("Write to the parent carer forum Karen McNicholas (CCG) 30 Jun 2021 Overdue 12 May 2021");
		// a risk changed in plain SQL (a data fix) leaves the dashboard at once
		this.jdbc.update("update risk set likelihood = 1 where plan_id = ? and title = 'Data is late'", this.plan.id());
		assertThat(this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard")
			.select("#risk-matrix tbody tr:eq(3) td")
			.eachText()).containsExactly("0", "0", "0", "0", "0");

		Document pack = this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/periods/" + this.period.id()
				+ "/board-pack");
		assertThat(pack.select("#outstanding-actions-arising tbody td").eachText())
			.contains("Write to the parent carer forum");
		assertThat(this.pages.page(Pages.LEAD, "/plans/" + this.plan.id() + "/dashboard").select("#governance"))
			.isEmpty();

		Document refused = Pages.html(this.pages.post(Pages.ADMIN,
				meetings() + "/" + meetingId + "/actions-arising/" + actionId, "description",
				"Write to the parent carer forum", "ownerId", String.valueOf(karen), "dueDate.day", "30", "dueDate.month",
				"6", "dueDate.year", "2021", "status", "CLOSED", "closingNote", "", "version", "0"));
		assertThat(refused.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter a note saying how the action was closed");
		assertThat(this.jdbc.queryForObject("select status from action_arising where id = ?", String.class, actionId))
			.isEqualTo("OPEN");

		this.pages.post(Pages.ADMIN, meetings() + "/" + meetingId + "/actions-arising/" + actionId, "description",
				"Write to the parent carer forum", "ownerId", String.valueOf(karen), "dueDate.day", "30", "dueDate.month",
				"6", "dueDate.year", "2021", "status", "CLOSED", "closingNote", "Letter sent 20 June", "version", "0");
		assertThat(this.jdbc.queryForMap("select status, closing_note from action_arising where id = ?", actionId))
			.containsEntry("status", "CLOSED")
			.containsEntry("closing_note", "Letter sent 20 June");
		assertThat(this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard")
			.select("#outstanding-actions-arising")).isEmpty();
		assertThat(this.pages.page(Pages.BOARD, meetings() + "/" + meetingId).select("#actions-arising td").eachText())
			.contains("Closed Letter sent 20 June");
	}

	@Test
	void risksAboveTheThresholdAreOnTheDashboardAndInTheBoardPackPageAndPdfWithTheMatrix() throws Exception {
		String risks = "/plans/" + this.plan.id() + "/risks";
		// the dashboard seen before the risks are added is kept with the plan's data version, which they raise
		assertThat(this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard")
			.select("#risks-above-threshold tbody th")).isEmpty();
		addRisk(risks, "Staff leave the SEND team", "5", "4");
		addRisk(risks, "Data is late", "2", "3");

		Document dashboard = this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard");
		assertThat(dashboard.select("#risks-above-threshold tbody th").eachText())
			.containsExactly("Staff leave the SEND team");
		assertThat(dashboard.select("#risks-above-threshold tbody td").eachText()).contains("20 (5 × 4) Very high");
		assertThat(dashboard.select("#risk-matrix tbody tr:eq(0) td").eachText()).containsExactly("0", "0", "0", "1",
				"0");
		assertThat(dashboard.select("#risk-matrix tbody tr:eq(3) td").eachText()).containsExactly("0", "0", "1", "0",
				"0");
		// a risk changed in plain SQL (a data fix) leaves the dashboard at once
		this.jdbc.update("update risk set likelihood = 1 where plan_id = ? and title = 'Data is late'", this.plan.id());
		assertThat(this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard")
			.select("#risk-matrix tbody tr:eq(3) td")
			.eachText()).containsExactly("0", "0", "0", "0", "0");

		Document pack = this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/periods/" + this.period.id()
				+ "/board-pack");
		assertThat(pack.select("#risks-above-threshold tbody th").eachText())
			.containsExactly("Staff leave the SEND team");
		MvcResult pdf = this.pages.get(Pages.BOARD, "/plans/" + this.plan.id() + "/periods/" + this.period.id()
				+ "/board-pack.pdf");
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader
			.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Risks scoring above 15", "Staff leave the SEND team", "Very high");
		}
	}

	@Test
	void aMeetingWithMistakesShowsThemAndSavesNothing() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, meetings(), "heldOn.day", "31", "heldOn.month", "2",
				"heldOn.year", "2021", "periodId", "999999999", "minutesSummary", "", "decisions", "x".repeat(5001),
				"version", "0"));

		assertThat(page.title()).isEqualTo("Error: Record a board meeting – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Date of the meeting must be a real date", "Select who attended",
				"Select a reporting period of this plan", "Enter a summary of the minutes",
				"Decisions must be 5000 characters or fewer");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#heldOn", "#attendeeIds",
				"#periodId", "#minutesSummary", "#decisions");
		assertThat(page.select("#heldOn").val()).isEqualTo("31");
		assertThat(this.jdbc.queryForObject("select count(*) from board_meeting where plan_id = ?", Integer.class,
				this.plan.id()))
			.isZero();
		long stranger = GovernanceFixture.stranger(this.people);
		Document strangerRefused = Pages.html(this.pages.post(Pages.ADMIN, meetings(), "heldOn.day", "1",
				"heldOn.month", "2", "heldOn.year", "2021", "attendeeIds", String.valueOf(stranger), "minutesSummary",
				"Met", "version", "0"));
		assertThat(strangerRefused.select("#attendeeIds-error").text())
			.isEqualTo("Error: Select who attended from the people listed");
	}

	@Test
	void onlyAdministratorsRecordMeetingsTheBoardReadsThemLeadsAndScrutinySeeNothing() throws Exception {
		long maxine = GovernanceFixture.maxine(this.people);
		this.pages.post(Pages.ADMIN, meetings(), "heldOn.day", "1", "heldOn.month", "2", "heldOn.year", "2021",
				"attendeeIds", String.valueOf(maxine), "minutesSummary", "Met", "version", "0");
		long meetingId = this.jdbc.queryForObject("select id from board_meeting where plan_id = ?", Long.class,
				this.plan.id());
		String meeting = meetings() + "/" + meetingId;
		this.pages.post(Pages.ADMIN, meeting + "/actions-arising", "description", "Do it", "ownerId",
				String.valueOf(maxine), "dueDate.day", "1", "dueDate.month", "3", "dueDate.year", "2021", "status",
				"OPEN", "version", "0");
		long actionId = this.jdbc.queryForObject("select id from action_arising where meeting_id = ?", Long.class,
				meetingId);
		String action = meeting + "/actions-arising/" + actionId;
		List<String> reads = List.of(meetings(), meeting);
		List<String> adminPages = List.of(meetings() + "/new", meeting + "/edit", meeting + "/actions-arising/new",
				action + "/edit");
		for (String path : reads) {
			assertThat(status(Pages.ADMIN, path)).as(path).isEqualTo(200);
			assertThat(status(Pages.BOARD, path)).as(path).isEqualTo(200);
		}
		for (String path : adminPages) {
			assertThat(status(Pages.ADMIN, path)).as(path).isEqualTo(200);
			assertThat(status(Pages.BOARD, path)).as(path).isEqualTo(403);
		}
		for (String path : java.util.stream.Stream.concat(reads.stream(), adminPages.stream()).toList()) {
			assertThat(status(Pages.LEAD, path)).as(path).isEqualTo(403);
			assertThat(status(Pages.SCRUTINY, path)).as(path).isEqualTo(403);
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getRedirectedUrl())
				.as(path)
				.endsWith("/login");
		}
		String[] meetingFields = { "heldOn.day", "2", "heldOn.month", "2", "heldOn.year", "2021", "attendeeIds",
				String.valueOf(maxine), "minutesSummary", "Changed", "version", "0" };
		String[] actionFields = { "description", "Changed", "ownerId", String.valueOf(maxine), "dueDate.day", "1",
				"dueDate.month", "3", "dueDate.year", "2021", "status", "OPEN", "version", "0" };
		for (String email : List.of(Pages.BOARD, Pages.LEAD, Pages.SCRUTINY)) {
			assertThat(this.pages.post(email, meetings(), meetingFields).getResponse().getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, meeting, meetingFields).getResponse().getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, meeting + "/actions-arising", actionFields).getResponse().getStatus())
				.isEqualTo(403);
			assertThat(this.pages.post(email, action, actionFields).getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("select minutes_summary from board_meeting where id = ?", String.class,
				meetingId))
			.isEqualTo("Met");
		assertThat(this.jdbc.queryForObject("select count(*) from action_arising where meeting_id = ?", Integer.class,
				meetingId))
			.isEqualTo(1);
		PlanView other = this.testPlans.create();
		assertThat(status(Pages.ADMIN, "/plans/" + other.id() + "/board-meetings/" + meetingId)).isEqualTo(404);
		assertThat(status(Pages.ADMIN, "/plans/" + other.id() + "/board-meetings/" + meetingId + "/actions-arising/"
				+ actionId + "/edit"))
			.isEqualTo(404);
	}

	private void addRisk(String risks, String title, String likelihood, String impact) throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, risks, "title", title, "cause", "A cause", "consequence",
				"A consequence", "ownerId", String.valueOf(GovernanceFixture.maxine(this.people)), "mitigations",
				"Mitigated", "likelihood", likelihood, "impact", impact, "targetScore", "4", "status", "OPEN",
				"version", "0");
		assertThat(result.getResponse().getRedirectedUrl()).startsWith(risks + "/");
	}

	private int status(String email, String path) throws Exception {
		return this.pages.get(email, path).getResponse().getStatus();
	}

	private String meetings() {
		return "/plans/" + this.plan.id() + "/board-meetings";
	}

}
