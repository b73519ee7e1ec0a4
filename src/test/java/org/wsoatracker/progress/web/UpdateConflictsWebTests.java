package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Saved work is never lost silently: an update form or a board decision sent from a page that is out of date is
 * refused with a conflict page that keeps what was typed and shows what is saved now, and the database keeps the
 * first save untouched. Each person works through their own signed-in session, as in two browser tabs or two
 * people's browsers, and every outcome is read back from the database.
 */
@IntegrationTest
class UpdateConflictsWebTests {

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

	ActionView action;

	PeriodView period;

	@BeforeEach
	void setUp() {
		this.plan = this.testPlans.create();
		this.action = this.plan.areas().get(0).actions().get(0);
		this.period = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
	}

	@Test
	void twoTabsOfOneLeadOpenedBeforeAnyUpdateExisted() throws Exception {
		Cookie firstTab = Pages.signIn(this.mvc, Pages.LEAD);
		Cookie secondTab = Pages.signIn(this.mvc, Pages.LEAD);
		String firstSaw = seenVersion(firstTab);
		String secondSaw = seenVersion(secondTab);
		assertThat(firstSaw).isEqualTo("none");
		assertThat(secondSaw).isEqualTo("none");

		send(save("First tab's account", firstSaw, "draft"), firstTab, 302);
		MvcResult refused = send(save("Second tab's account", secondSaw, "draft"), secondTab, 409);

		Document page = Pages.html(refused);
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").first().text())
			.startsWith("Your changes were not saved because this update changed after you opened the page: saved by Maxine Squire");
		assertThat(page.select(".govuk-error-summary a").first().attr("href")).isEqualTo("#saved-now");
		assertThat(page.select("#saved-now")).hasSize(1);
		assertThat(page.select("#done").text()).isEqualTo("Second tab's account");
		assertThat(savedNow(page)).contains("First tab's account", "Saved by Maxine Squire");
		assertThat(stored()).containsEntry("done", "First tab's account").containsEntry("state", "DRAFT");
		assertThat(updateCount()).isOne();

		// The refused page now stands for the update as saved: sending it again is a deliberate replacement.
		String nowSeen = page.select("form[action$=/updates] input[name=version]").val();
		assertThat(nowSeen).isEqualTo(String.valueOf(stored().get("version")));
		send(save("Second tab's account", nowSeen, "draft"), secondTab, 302);
		assertThat(stored()).containsEntry("done", "Second tab's account");
	}

	@Test
	void twoTabsOfOneLeadOpenedOnTheSameVersion() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		send(save("The first draft", "none", "draft"), lead, 302);
		Cookie firstTab = Pages.signIn(this.mvc, Pages.LEAD);
		Cookie secondTab = Pages.signIn(this.mvc, Pages.LEAD);
		String firstSaw = seenVersion(firstTab);
		String secondSaw = seenVersion(secondTab);
		assertThat(firstSaw).isEqualTo(secondSaw).isEqualTo(String.valueOf(stored().get("version")));

		send(save("Revised in the first tab", firstSaw, "draft"), firstTab, 302);
		Object versionAfterFirst = stored().get("version");
		Document page = Pages.html(send(save("Revised in the second tab", secondSaw, "submit"), secondTab, 409));

		assertThat(page.select("#done").text()).isEqualTo("Revised in the second tab");
		assertThat(savedNow(page)).contains("Revised in the first tab", "Draft", "Saved by Maxine Squire");
		assertThat(stored()).containsEntry("done", "Revised in the first tab")
			.containsEntry("state", "DRAFT")
			.containsEntry("version", versionAfterFirst);
	}

	@Test
	void aLeadAndTheProgrammeOfficeOpenedBeforeAnyUpdateExisted() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		Cookie office = Pages.signIn(this.mvc, Pages.ADMIN);
		String leadSaw = seenVersion(lead);
		String officeSaw = seenVersion(office);

		send(save("The office's account", officeSaw, "draft"), office, 302);
		Document page = Pages.html(send(save("The lead's account", leadSaw, "submit"), lead, 409));

		assertThat(page.select("#done").text()).isEqualTo("The lead's account");
		assertThat(savedNow(page)).contains("The office's account", "Saved by " + displayName(Pages.ADMIN));
		assertThat(stored()).containsEntry("done", "The office's account")
			.containsEntry("state", "DRAFT")
			.containsEntry("author_name", displayName(Pages.ADMIN));
		assertThat(updateCount()).isOne();
	}

	@Test
	void aLeadAndTheProgrammeOfficeOpenedOnTheSameVersion() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		Cookie office = Pages.signIn(this.mvc, Pages.ADMIN);
		send(save("The lead's draft", "none", "draft"), lead, 302);
		String leadSaw = seenVersion(lead);
		String officeSaw = seenVersion(office);

		send(save("The lead's second draft", leadSaw, "draft"), lead, 302);
		Document page = Pages.html(send(save("The office's correction", officeSaw, "draft"), office, 409));

		assertThat(page.select("#done").text()).isEqualTo("The office's correction");
		assertThat(savedNow(page)).contains("The lead's second draft", "Saved by Maxine Squire");
		assertThat(stored()).containsEntry("done", "The lead's second draft").containsEntry("author_name", "Maxine Squire");
	}

	@Test
	void aFormOpenedBeforeASubmitAndSavedAfterItIsRefusedWithTheTextAndFileNamed() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		send(save("The draft", "none", "draft"), lead, 302);
		Cookie otherTab = Pages.signIn(this.mvc, Pages.LEAD);
		String oldPageSaw = seenVersion(lead);
		send(save("The account the board reads", seenVersion(otherTab), "submit"), otherTab, 302);
		Map<String, Object> submitted = stored();

		MockMultipartHttpServletRequestBuilder late = save("Written on the old page", oldPageSaw, "submit");
		late.file(new MockMultipartFile("file", "minutes.png", "image/png", PNG)).param("fileTitle", "Minutes");
		Document page = Pages.html(send(late, lead, 409));

		assertThat(page.select(".govuk-error-summary a").first().text())
			.contains("this update changed after you opened the page: submitted to the board by Maxine Squire");
		assertThat(savedNow(page)).contains("The account the board reads", "Submitted to the board");
		assertThat(page.select("form[action$=/updates]")).isEmpty();
		assertThat(page.text()).contains("What you typed (not saved)", "Written on the old page",
				"minutes.png (not kept: choose it again)");
		assertThat(stored()).isEqualTo(submitted);
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where update_id = ?", Integer.class,
				submitted.get("id"))).isZero();
	}

	@Test
	void aBlankFormOpenedBeforeASubmitIsRefusedToo() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		Cookie otherTab = Pages.signIn(this.mvc, Pages.LEAD);
		String oldPageSaw = seenVersion(lead);
		send(save("Submitted from the other tab", seenVersion(otherTab), "submit"), otherTab, 302);

		Document page = Pages.html(send(save("Typed on the blank page", oldPageSaw, "submit"), lead, 409));

		assertThat(page.text()).contains("Typed on the blank page");
		assertThat(stored()).containsEntry("done", "Submitted from the other tab").containsEntry("state", "SUBMITTED");
	}

	@Test
	void aFileChosenOnARefusedEditableFormIsAskedForAgain() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		Cookie office = Pages.signIn(this.mvc, Pages.ADMIN);
		String staleSaw = seenVersion(lead);
		send(save("Someone else's draft", seenVersion(office), "draft"), office, 302);

		MockMultipartHttpServletRequestBuilder late = save("Mine", staleSaw, "draft");
		late.file(new MockMultipartFile("file", "chart.png", "image/png", PNG)).param("fileTitle", "Chart");
		Document page = Pages.html(send(late, lead, 409));

		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#saved-now", "#file");
		assertThat(page.select("#file-error").text()).contains("Choose the file again: chart.png was not saved");
		assertThat(page.select("#file").attr("aria-describedby")).contains("file-error");
		assertThat(page.select("#fileTitle").val()).isEqualTo("Chart");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from evidence e join progress_update u on u.id = e.update_id where u.action_id = ?",
				Integer.class, this.action.id())).isZero();
	}

	@Test
	void aFormOpenedForAnEarlierPeriodIsNotFiledUnderTheNewOne() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		Document june = Pages.html(this.mvc.perform(get(updates() + "/new").cookie(lead)).andReturn());
		String juneSaw = june.select("form[action$=/updates] input[name=version]").val();
		assertThat(june.select("form[action$=/updates] input[name=period]").val()).isEqualTo(String.valueOf(this.period.id()));
		PeriodView july = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 7), LocalDate.of(2020, 7, 31), false);

		MockMultipartHttpServletRequestBuilder late = save("Written for June", juneSaw, "draft");
		late.param("period", String.valueOf(this.period.id()));
		Document page = Pages.html(send(late, lead, 409));

		assertThat(page.select(".govuk-error-summary a").first().text())
			.contains("the reporting period changed after you opened the page: updates are now for July 2020");
		assertThat(page.select("#done").text()).isEqualTo("Written for June");
		assertThat(page.select("form[action$=/updates] input[name=period]").val()).isEqualTo(String.valueOf(july.id()));
		assertThat(updateCount()).isZero();
	}

	@Test
	void aFormThatDoesNotSayWhatItSawIsRefusedWithTheTextKept() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		MockMultipartHttpServletRequestBuilder noVersion = (MockMultipartHttpServletRequestBuilder) multipart(updates())
			.with(csrf())
			.param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", "From a page with no version")
			.param("nextSteps", "Next");

		Document page = Pages.html(send(noVersion, lead, 409));

		assertThat(page.select(".govuk-error-summary a").first().text()).contains("the page you used was out of date");
		assertThat(page.select("#done").text()).isEqualTo("From a page with no version");
		assertThat(page.select("form[action$=/updates] input[name=version]").val()).isEqualTo("none");
		assertThat(updateCount()).isZero();
	}

	@Test
	void theSameFormSentTwiceByADoubleClickIsOneSubmittedUpdate() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		String saw = seenVersion(lead);

		send(save("Sent twice", saw, "submit"), lead, 302);
		MvcResult again = send(save("Sent twice", saw, "submit"), lead, 302);

		assertThat(again.getFlashMap().get("success")).isEqualTo("Update submitted to the board");
		assertThat(updateCount()).isOne();
		assertThat(stored()).containsEntry("done", "Sent twice").containsEntry("state", "SUBMITTED");
	}

	@Test
	void draftThenSubmitThenChallengeThenRevisedAndAcceptedAreAllSaved() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		send(save("First draft", seenVersion(lead), "draft"), lead, 302);
		assertThat(stored()).containsEntry("done", "First draft").containsEntry("state", "DRAFT");
		assertThat(stored().get("submitted_at")).isNull();

		send(save("Ready for the board", seenVersion(lead), "submit"), lead, 302);
		assertThat(stored()).containsEntry("done", "Ready for the board").containsEntry("state", "SUBMITTED");
		assertThat(stored().get("submitted_at")).isNotNull();

		Cookie chair = Pages.signIn(this.mvc, Pages.BOARD);
		send(decision("challenge", "Show the figures", reviewVersion(chair)), chair, 302);
		assertThat(stored()).containsEntry("state", "CHALLENGED");
		assertThat(decisions()).containsExactly("CHALLENGED: Show the figures");

		send(save("Ready again, with the figures", seenVersion(lead), "submit"), lead, 302);
		send(decision("accept", "", reviewVersion(chair)), chair, 302);
		assertThat(stored()).containsEntry("done", "Ready again, with the figures").containsEntry("state", "ACCEPTED");
		assertThat(decisions()).containsExactly("CHALLENGED: Show the figures", "ACCEPTED: ");
	}

	@Test
	void aBoardDecisionFromAnOutOfDatePageIsRefusedAndChangesNothing() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		send(save("The first account", seenVersion(lead), "submit"), lead, 302);
		Cookie chairA = Pages.signIn(this.mvc, Pages.BOARD);
		Cookie chairB = Pages.signIn(this.mvc, Pages.BOARD);
		String chairASaw = reviewVersion(chairA);
		String chairBSaw = reviewVersion(chairB);

		send(decision("challenge", "The dates are wrong", chairASaw), chairA, 302);
		send(save("The revised account", seenVersion(lead), "submit"), lead, 302);
		Map<String, Object> resubmitted = stored();
		MvcResult refused = send(decision("accept", "", chairBSaw), chairB, 409);

		Document page = Pages.html(refused);
		assertThat(page.title()).startsWith("Error: ");
		long updateId = ((Number) resubmitted.get("id")).longValue();
		assertThat(page.select(".govuk-error-summary a").text()).startsWith(
				"Your decision was not recorded because this update changed after you opened the page: submitted to the board by Maxine Squire")
			.endsWith("Read the update as it is now and decide again");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#update-" + updateId);
		assertThat(page.select("#update-" + updateId)).hasSize(1);
		assertThat(page.text()).contains("The revised account", "Challenged by");
		assertThat(page.select("#decision-" + updateId).attr("checked")).isEqualTo("checked");
		assertThat(stored()).isEqualTo(resubmitted);
		assertThat(decisions()).containsExactly("CHALLENGED: The dates are wrong");

		// The refused page shows the revised update and carries its version: deciding from it is recorded.
		send(decision("accept", "", page.select("form[action$=/review] input[name=version]").val()), chairB, 302);
		assertThat(stored()).containsEntry("state", "ACCEPTED");
	}

	@Test
	void aBoardDecisionThatDoesNotSayWhichVersionItReadIsRefused() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		send(save("The account", seenVersion(lead), "submit"), lead, 302);

		send(decision("accept", "", null), Pages.signIn(this.mvc, Pages.BOARD), 409);

		assertThat(stored()).containsEntry("state", "SUBMITTED");
		assertThat(decisions()).isEmpty();
	}

	private String seenVersion(Cookie session) throws Exception {
		Document form = Pages
			.html(this.mvc.perform(get(updates() + "/new").cookie(session)).andReturn());
		return form.select("form[action$=/updates] input[name=version]").val();
	}

	private String reviewVersion(Cookie session) throws Exception {
		Document review = Pages.html(this.mvc.perform(get(reviewPage()).cookie(session)).andReturn());
		return review.select("form[action$=/review] input[name=version]").val();
	}

	private MockMultipartHttpServletRequestBuilder save(String done, String version, String intent) {
		return (MockMultipartHttpServletRequestBuilder) multipart(updates()).with(csrf())
			.param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", done)
			.param("nextSteps", "Report to the board")
			.param("version", version)
			.param("intent", intent);
	}

	private MockHttpServletRequestBuilder decision(String decision,
			String comment, String version) {
		long updateId = ((Number) stored().get("id")).longValue();
		var request = post(reviewPage() + "/updates/" + updateId + "/review").with(csrf())
			.param("decision", decision)
			.param("comment", comment);
		return version == null ? request : request.param("version", version);
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> MvcResult send(B request, Cookie session, int status)
			throws Exception {
		MvcResult result = this.mvc.perform(request.cookie(session)).andReturn();
		String problem = Pages.html(result).select(".govuk-error-summary").text();
		assertThat(result.getResponse().getStatus()).as(problem).isEqualTo(status);
		return result;
	}

	private static String savedNow(Document page) {
		return page.select("#saved-now + dl").text();
	}

	private Map<String, Object> stored() {
		return this.jdbc.queryForMap("select id, done, state, author_name, version, submitted_at from progress_update"
				+ " where action_id = ? and period_id = ?", this.action.id(), this.period.id());
	}

	private java.util.List<String> decisions() {
		return this.jdbc.queryForList("select r.decision || ': ' || coalesce(r.comment, '') from board_review r"
				+ " join progress_update u on u.id = r.update_id where u.action_id = ? order by r.id", String.class,
				this.action.id());
	}

	private int updateCount() {
		return this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				this.action.id());
	}

	private String displayName(String email) {
		return this.jdbc.queryForObject("select display_name from account where lower(email) = ?", String.class,
				email);
	}

	private String updates() {
		return "/actions/" + this.action.id() + "/updates";
	}

	private String reviewPage() {
		return "/plans/" + this.plan.id() + "/periods/" + this.period.id();
	}

}
