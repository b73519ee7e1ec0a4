package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress cycle's pages, per role: leads update their own actions only, the board reviews, the programme office
 * opens and closes periods, the scrutiny committee sees none of it.
 */
@IntegrationTest
class ProgressWebTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	PlanView plan;

	@Autowired
	AccountService accounts;

	ActionView mine;

	ActionView notMine;

	PeriodView period;

	@BeforeEach
	void setUp() {
		this.plan = this.testPlans.create();
		this.mine = this.plan.areas().get(0).actions().get(0);
		this.notMine = this.plan.areas().get(0).actions().get(1);
		this.period = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
	}

	@Test
	void leadSubmitsAnUpdateThatAppearsInTheHistoryAndTheApi() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		Document form = page(get(updates(this.mine) + "/new"), lead);
		assertThat(form.select("h1").text()).isEqualTo("Update action 1.1");
		assertThat(form.select("input[name=status]").eachAttr("value")).contains("PROGRESSING_AND_ON_TRACK", "EMBEDDED");

		this.mvc.perform(update(this.mine, "PROGRESSING_AND_ON_TRACK").param("intent", "submit").cookie(lead))
			.andExpect(redirectedUrl(updates(this.mine)));

		Document history = page(get(updates(this.mine)), lead);
		assertThat(history.select(".govuk-summary-card__title").text()).isEqualTo("June 2020 (review point)");
		assertThat(history.select("main .govuk-tag").text()).isEqualTo("Progressing and on track");
		assertThat(history.text()).contains("Submitted to the board", "Set up the dashboard", "85%");
		String json = this.mvc.perform(get("/api/plans/" + this.plan.id() + "/progress").cookie(lead))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"statusCode\":\"PROGRESSING_AND_ON_TRACK\"", "\"rag\":\"GREEN\"", "OVERDUE");
	}

	@Test
	void leadCannotTouchAnotherLeadsAction() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);

		this.mvc.perform(get(updates(this.notMine) + "/new").cookie(lead)).andExpect(status().isForbidden());
		this.mvc.perform(update(this.notMine, "PROGRESSING_AND_ON_TRACK").param("intent", "submit").cookie(lead))
			.andExpect(status().isForbidden());

		assertThat(updateCount(this.notMine)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.SCRUTINY })
	void boardAndScrutinyCannotWriteUpdates(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);

		this.mvc.perform(update(this.mine, "PROGRESSING_AND_ON_TRACK").cookie(session)).andExpect(status().isForbidden());

		assertThat(updateCount(this.mine)).isZero();
	}

	@Test
	void anUpdateWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(multipart(updates(this.mine)).param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", "x")
			.param("nextSteps", "y")
			.cookie(Pages.signIn(this.mvc, Pages.LEAD))).andExpect(status().isForbidden());

		assertThat(updateCount(this.mine)).isZero();
	}

	@Test
	void formErrorsAreListedAndNothingIsSaved() throws Exception {
		Document page = page(multipart(updates(this.mine)).with(csrf())
			.param("done", "Something typed")
			.param("actuals['" + this.mine.measures().get(0).id() + "']", "lots")
			.param("linkUrl", "javascript:alert(1)"), Pages.signIn(this.mvc, Pages.LEAD));

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Select the action's progress status", "Enter what happens next",
				"Actual value must be a number, like 85", "Enter a web address starting with https://",
				"Enter a title for the link");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).contains("#status", "#nextSteps",
				"#actuals-" + this.mine.measures().get(0).id(), "#linkUrl");
		assertThat(page.select("#done").text()).isEqualTo("Something typed");
		assertThat(updateCount(this.mine)).isZero();
		// the error summary opens the main content, before the heading
		assertThat(page.selectFirst("main .govuk-grid-column-two-thirds").child(0).hasClass("govuk-error-summary"))
			.isTrue();
		// each delivery confidence says what it means, not a bare colour
		assertThat(page.select("input[name=confidence] + label").eachText()).containsExactly("Not rated",
				"Green: very likely", "Amber/Green: likely", "Amber: possible", "Amber/Red: in doubt", "Red: unlikely");
		assertThat(page.select("input[name=confidence] ~ .govuk-radios__hint")).hasSize(6)
			.allSatisfy(hint -> assertThat(hint.text()).isNotBlank());
	}

	@Test
	void eachEvidenceItemHasItsRemoveButtonBesideIt() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		this.mvc.perform(update(this.mine, "PROGRESSING_AND_ON_TRACK").param("intent", "draft")
			.param("linkTitle", "Board minutes")
			.param("linkUrl", "https://example.org/minutes")
			.cookie(lead)).andExpect(status().is3xxRedirection());
		Document form = page(get(updates(this.mine) + "/new"), lead);
		org.jsoup.nodes.Element item = form.selectFirst("li.app-evidence-item");
		assertThat(item.select("a").text()).isEqualTo("Board minutes");
		org.jsoup.nodes.Element remove = item.selectFirst("button");
		assertThat(remove.text()).isEqualTo("Remove Board minutes");
		org.jsoup.nodes.Element owner = form.getElementById(remove.attr("form"));
		assertThat(owner.tagName()).isEqualTo("form");
		assertThat(owner.attr("method")).isEqualTo("post");
		assertThat(owner.select("input[name=_csrf]")).hasSize(1);

		var removal = post(owner.attr("action")).with(csrf()).cookie(lead);
		owner.select("input[type=hidden]:not([name=_csrf])").forEach(input -> removal.param(input.attr("name"), input.val()));
		this.mvc.perform(removal).andExpect(status().is3xxRedirection());
		assertThat(this.progress.currentUpdate(this.mine.id()).orElseThrow().evidence()).isEmpty();
	}

	@Test
	void aSaveOnAStaleCopyIsRefusedWithWhatWasTypedKept() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		this.mvc.perform(update(this.mine, "PROGRESSING_AND_ON_TRACK").cookie(lead)).andExpect(status().is3xxRedirection());
		long loaded = this.progress.currentUpdate(this.mine.id()).orElseThrow().version();
		this.mvc.perform(update(this.mine, "PROGRESSING_BUT_DELAYED", String.valueOf(loaded)).cookie(lead))
			.andExpect(status().is3xxRedirection());

		MvcResult result = this.mvc.perform(multipart(updates(this.mine)).with(csrf())
			.param("status", "NOT_YET_STARTED")
			.param("done", "Nothing yet")
			.param("nextSteps", "My own words")
			.param("version", String.valueOf(loaded))
			.cookie(lead)).andExpect(status().isConflict()).andReturn();
		Document page = Pages.html(result);

		assertThat(page.select(".govuk-error-summary").text()).contains("Your changes were not saved");
		assertThat(page.select("#nextSteps").text()).isEqualTo("My own words");
		assertThat(this.progress.currentUpdate(this.mine.id()).orElseThrow().statusCode())
			.isEqualTo("PROGRESSING_BUT_DELAYED");
	}

	@Test
	void completedWithoutEvidenceIsRefusedAndTheTextKept() throws Exception {
		Document page = page(update(this.mine, "COMPLETED").param("intent", "submit"),
				Pages.signIn(this.mvc, Pages.LEAD));

		assertThat(page.select(".govuk-error-summary").text()).contains("Add at least one piece of evidence");
		assertThat(page.select("#done").text()).isEqualTo("Set up the dashboard");
		assertThat(updateCount(this.mine)).isZero();
	}

	@Test
	void evidenceFilesAreCheckedByContentAndServedAsAttachments() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);

		Document refused = page(update(this.mine, "COMPLETED").file(new MockMultipartFile("file", "minutes.pdf",
				"application/pdf", "<html>not a pdf</html>".getBytes())).param("fileTitle", "Minutes"), lead);
		assertThat(refused.select(".govuk-error-summary a").eachText())
			.containsExactly("The selected file must be a PDF, DOCX, XLSX, PNG or JPG");
		assertThat(updateCount(this.mine)).isZero();

		Document tooBig = page(update(this.mine, "COMPLETED").file(new MockMultipartFile("file", "big.png", "image/png",
				java.util.Arrays.copyOf(PNG, 10 * 1024 * 1024 + 1))).param("fileTitle", "Big"), lead);
		assertThat(tooBig.select(".govuk-error-summary a").eachText())
			.containsExactly("The selected file must be smaller than 10 MB");

		this.mvc.perform(update(this.mine, "COMPLETED").param("intent", "submit")
			.file(new MockMultipartFile("file", "../../chart<script>.pdf", "application/pdf", PNG))
			.param("fileTitle", "Chart")
			.cookie(lead)).andExpect(redirectedUrl(updates(this.mine)));

		long evidenceId = this.jdbc.queryForObject(
				"select e.id from evidence e join progress_update u on u.id = e.update_id where u.action_id = ?",
				Long.class, this.mine.id());
		MvcResult download = this.mvc.perform(get("/evidence/" + evidenceId).cookie(Pages.signIn(this.mvc, Pages.BOARD)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("chart_script_.png");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		assertThat(this.jdbc.queryForObject("select count(*) from security_event where kind = 'EVIDENCE_DOWNLOADED' "
				+ "and actor_email = ? and detail like ?", Integer.class, Pages.BOARD, "Evidence " + evidenceId + ":%"))
			.isEqualTo(1);
		this.mvc.perform(get("/evidence/" + evidenceId).cookie(Pages.signIn(this.mvc, Pages.SCRUTINY)))
			.andExpect(status().isForbidden());
	}

	@Test
	void evidenceIsReadOnlyByThoseWhoMayReadItsUpdate() throws Exception {
		Cookie office = Pages.signIn(this.mvc, Pages.ADMIN);
		this.mvc.perform(update(this.notMine, "COMPLETED").param("intent", "draft")
			.file(new MockMultipartFile("file", "draft-chart.png", "image/png", PNG))
			.param("fileTitle", "Draft chart")
			.cookie(office)).andExpect(status().is3xxRedirection());
		long evidenceId = this.jdbc.queryForObject(
				"select e.id from evidence e join progress_update u on u.id = e.update_id where u.action_id = ?",
				Long.class, this.notMine.id());
		String download = "/evidence/" + evidenceId;

		// A draft: its action's leads and the programme office only.
		this.mvc.perform(get(download).cookie(office)).andExpect(status().isOk());
		this.mvc.perform(get(download).cookie(Pages.signIn(this.mvc, Pages.LEAD))).andExpect(status().isForbidden());
		this.mvc.perform(get(download).cookie(Pages.signIn(this.mvc, Pages.BOARD))).andExpect(status().isForbidden());
		this.mvc.perform(get(download).cookie(Pages.signIn(this.mvc, Pages.SCRUTINY))).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from security_event where kind = 'ACCESS_REFUSED' "
				+ "and actor_email = ? and detail = ?", Integer.class, Pages.LEAD, "GET " + download)).isEqualTo(1);

		// Submitted: the board too, but still no lead of another action.
		UpdateView draft = this.progress.currentUpdate(this.notMine.id()).orElseThrow();
		this.progress.write(this.notMine.id(),
				new UpdateCommand("COMPLETED", null, draft.done(), draft.nextSteps(), java.util.Map.of()),
				new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true),
				draft.version(), true);
		assertThat(this.progress.currentUpdate(this.notMine.id()).orElseThrow().evidence()).hasSize(1);
		this.mvc.perform(get(download).cookie(Pages.signIn(this.mvc, Pages.BOARD))).andExpect(status().isOk());
		this.mvc.perform(get(download).cookie(Pages.signIn(this.mvc, Pages.LEAD))).andExpect(status().isForbidden());
		this.mvc.perform(get("/evidence/999999999").cookie(office)).andExpect(status().isNotFound());
	}

	@Test
	void boardAcceptsOrChallengesAndOnlyTheBoardMayDecide() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		this.mvc.perform(update(this.mine, "PROGRESSING_AND_ON_TRACK").param("intent", "submit").cookie(lead));
		long updateId = this.progress.currentUpdate(this.mine.id()).orElseThrow().id();
		String review = "/plans/" + this.plan.id() + "/periods/" + this.period.id();
		String decide = review + "/updates/" + updateId + "/review";

		for (String email : List.of(Pages.LEAD, Pages.ADMIN, Pages.SCRUTINY)) {
			this.mvc.perform(post(decide).cookie(Pages.signIn(this.mvc, email)).with(csrf()).param("decision", "accept"))
				.andExpect(status().isForbidden());
		}
		Cookie chair = Pages.signIn(this.mvc, Pages.BOARD);
		Document page = page(get(review), chair);
		assertThat(page.select(".govuk-summary-card__title").text()).isEqualTo("Action 1.1");

		Document refused = page(post(decide).with(csrf()).param("decision", "challenge"), chair);
		assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly("Enter why you challenge the update");
		assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#comment-" + updateId);

		this.mvc.perform(post(decide).cookie(chair).with(csrf()).param("decision", "challenge").param("comment", "Show the data")
			.param("version", String.valueOf(this.progress.update(updateId).version())))
			.andExpect(redirectedUrl(review));
		assertThat(this.progress.update(updateId).state().name()).isEqualTo("CHALLENGED");
		Document leadForm = page(get(updates(this.mine) + "/new"), lead);
		assertThat(leadForm.select(".govuk-warning-text").text()).contains("Show the data");
	}

	@Test
	void onlyTheProgrammeOfficeOpensAndClosesPeriods() throws Exception {
		String periods = "/plans/" + this.plan.id() + "/periods";
		for (String email : List.of(Pages.LEAD, Pages.BOARD)) {
			Cookie session = Pages.signIn(this.mvc, email);
			this.mvc.perform(post(periods).cookie(session).with(csrf()).param("month.month", "7").param("month.year", "2020"))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(periods + "/" + this.period.id() + "/close").cookie(session).with(csrf()).param("version", "0"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get(periods).cookie(Pages.signIn(this.mvc, Pages.SCRUTINY))).andExpect(status().isForbidden());
		assertThat(this.progress.periods(this.plan.id())).hasSize(1).allMatch(PeriodView::open);

		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		Document invalid = page(post(periods).with(csrf()).param("month.month", "13").param("month.year", "2020"), admin);
		assertThat(invalid.select(".govuk-error-summary a").eachText()).containsExactly("Month must be a real month",
				"Enter the date updates are due");
		this.mvc.perform(post(periods).cookie(admin).with(csrf())
			.param("month.month", "7").param("month.year", "2020")
			.param("dueDate.day", "31").param("dueDate.month", "7").param("dueDate.year", "2020")
			.param("reviewPoint", "yes")).andExpect(redirectedUrl(periods));
		assertThat(page(get(periods), admin).select(".govuk-warning-text").text())
			.contains("2 periods are open. Leads report on the latest, July 2020, only");
		this.mvc.perform(post(periods + "/" + this.period.id() + "/close").cookie(admin).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(periods));
		assertThat(this.progress.periods(this.plan.id())).extracting(PeriodView::open).containsExactly(false, true);
		assertThat(page(get(periods), admin).select(".govuk-warning-text")).isEmpty();
	}

	@Test
	void anActionWithProgressUpdatesCannotBeDeleted() throws Exception {
		this.mvc.perform(update(this.mine, "PROGRESSING_AND_ON_TRACK").cookie(Pages.signIn(this.mvc, Pages.LEAD)))
			.andExpect(status().is3xxRedirection());

		Document page = page(post("/plans/" + this.plan.id() + "/actions/" + this.mine.id() + "/delete").with(csrf()),
				Pages.signIn(this.mvc, Pages.ADMIN));

		assertThat(page.select(".govuk-error-summary").text()).contains("The action was not deleted",
				"Action 1.1 has progress updates");
		assertThat(updateCount(this.mine)).isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from plan_action where id = ?", Integer.class,
				this.mine.id())).isOne();
	}

	@Test
	void myActionsListsTheLeadsActionsOnly() throws Exception {
		Document page = page(get("/my-actions"), Pages.signIn(this.mvc, Pages.LEAD));

		assertThat(page.select("h1").text()).isEqualTo("My actions");
		assertThat(page.select("tbody a[href=" + updates(this.mine) + "]")).hasSize(1);
		assertThat(page.select("tbody a[href=" + updates(this.notMine) + "]")).isEmpty();
		this.mvc.perform(get("/my-actions").cookie(Pages.signIn(this.mvc, Pages.BOARD))).andExpect(status().isForbidden());
		this.mvc.perform(get("/my-actions").cookie(Pages.signIn(this.mvc, Pages.SCRUTINY))).andExpect(status().isForbidden());
	}

	@Test
	void scrutinyCommitteeSeesNoneOfTheCycle() throws Exception {
		Cookie scrutiny = Pages.signIn(this.mvc, Pages.SCRUTINY);
		for (String path : List.of(updates(this.mine), updates(this.mine) + "/new",
				"/plans/" + this.plan.id() + "/periods/" + this.period.id(), "/api/plans/" + this.plan.id() + "/progress")) {
			this.mvc.perform(get(path).cookie(scrutiny)).andExpect(status().isForbidden());
		}
	}

	/**
	 * The update form as sent from a page that showed no update yet.
	 */
	private MockMultipartHttpServletRequestBuilder update(ActionView action, String status) {
		return update(action, status, "none");
	}

	private MockMultipartHttpServletRequestBuilder update(ActionView action, String status, String version) {
		return (MockMultipartHttpServletRequestBuilder) multipart(updates(action)).with(csrf())
			.param("status", status)
			.param("done", "Set up the dashboard")
			.param("nextSteps", "Report to the board")
			.param("actuals['" + this.mine.measures().get(0).id() + "']", "85")
			.param("version", version);
	}

	private int updateCount(ActionView action) {
		return this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				action.id());
	}

	private static String updates(ActionView action) {
		return "/actions/" + action.id() + "/updates";
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> Document page(B request, Cookie session)
			throws Exception {
		return org.wsoatracker.support.Pages.html(this.mvc.perform(request.cookie(session)).andExpect(status().isOk()).andReturn());
	}

}
