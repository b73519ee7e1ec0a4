package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The board reviews a period's updates with the facts beside each one — leads, the previous status and the movement,
 * flags, measures — and after each decision lands on the next update still to decide.
 */
@IntegrationTest
class BoardReviewWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PlanService plans;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	PlanView plan;

	PeriodView june;

	Actor office;

	/**
	 * May: 1.1 on track, 1.2 embedded, 1.3 delayed, 1.4 no update. June: 1.1 completed (up), 1.2 on track (down),
	 * 1.3 delayed again (same, and past its end date), 1.4 its first update.
	 */
	@BeforeEach
	void setUp() {
		PlanView created = this.testPlans.create();
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long maxine = this.people.findByReference(york, "M.S", "CYC").orElseThrow().id();
		long areaId = created.areas().get(0).id();
		this.plans.addAction(areaId, new ActionDetails("1.3", "Short breaks reviewed", "Review short breaks",
				PlanDate.parse("2020-01"), PlanDate.parse("2020-03"), null, List.of(maxine), List.of(), List.of(), null,
				List.of()));
		this.plans.addAction(areaId, new ActionDetails("1.4", "Parents heard", "Survey parents",
				PlanDate.parse("2020-04"), PlanDate.parse("2099-09"), null, List.of(maxine), List.of(), List.of(), null,
				List.of()));
		this.plan = this.plans.plan(created.id());
		this.office = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true);

		PeriodView may = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 5), LocalDate.of(2020, 5, 31), false);
		submit("1.1", "PROGRESSING_AND_ON_TRACK", Map.of(measureOf("1.1"), "70"));
		submit("1.2", "EMBEDDED", Map.of());
		submit("1.3", "PROGRESSING_BUT_DELAYED", Map.of());
		this.progress.closePeriod(may.id(), this.progress.period(may.id()).version());

		this.june = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		submit("1.1", "COMPLETED", Map.of(measureOf("1.1"), "85"));
		submit("1.2", "PROGRESSING_AND_ON_TRACK", Map.of());
		submit("1.3", "PROGRESSING_BUT_DELAYED", Map.of());
		submit("1.4", "NOT_YET_STARTED", Map.of());
	}

	@Test
	void eachUpdateShowsItsLeadMovementFlagsAndMeasures() throws Exception {
		Document page = reviewPage(Pages.signIn(this.mvc, Pages.BOARD));

		assertThat(page.select("#undecided-count").text()).isEqualTo("4 updates wait for a decision.");
		Element first = card(page, "1.1");
		assertThat(row(first, "Lead")).isEqualTo("Maxine Squire (CYC)");
		assertThat(row(first, "Previous status")).isEqualTo("Progressing and on track (May 2020)");
		assertThat(row(first, "Movement")).isEqualTo("Up from Progressing and on track to Completed");
		assertThat(row(first, "Measures of success"))
			.isEqualTo("90% on time. Latest actual: 85% in June 2020. Target: 90% by December 2020");
		assertThat(row(card(page, "1.2"), "Movement")).isEqualTo("Down from Embedded to Progressing and on track");
		assertThat(row(card(page, "1.2"), "Measures of success")).isEqualTo("None");
		assertThat(row(card(page, "1.3"), "Movement")).isEqualTo("Same as last period: Progressing but delayed");
		assertThat(row(card(page, "1.3"), "Flags")).isEqualTo("Overdue: its end date has passed and it is not complete");
		assertThat(row(card(page, "1.4"), "Movement")).isEqualTo("No previous update");
		assertThat(row(card(page, "1.4"), "Previous status")).isEqualTo("None");
		assertThat(row(card(page, "1.4"), "Flags")).isEqualTo("None");
	}

	@Test
	void afterEachDecisionTheChairLandsOnTheNextUpdateToDecide() throws Exception {
		Cookie chair = Pages.signIn(this.mvc, Pages.BOARD);

		decide(chair, "1.2", "challenge", "Why down?").andExpect(redirectedUrl(review() + "#update-" + updateOf("1.3").id()));
		assertThat(banner(chair)).isEqualTo("Success You challenged the update on action 1.2 Next: the update on action 1.3.");
		decide(chair, "1.1", "accept", "").andExpect(redirectedUrl(review() + "#update-" + updateOf("1.3").id()));
		assertThat(banner(chair)).isEqualTo("Success You accepted the update on action 1.1 Next: the update on action 1.3.");
		decide(chair, "1.4", "accept", "").andExpect(redirectedUrl(review() + "#update-" + updateOf("1.3").id()));
		assertThat(banner(chair)).contains("Next: the update on action 1.3.");
		decide(chair, "1.3", "accept", "").andExpect(redirectedUrl(review()))
			.andExpect(flash().attribute("success", "You accepted the update on action 1.3"));

		assertThat(this.jdbc.queryForList("select a.number || ' ' || r.decision from board_review r"
				+ " join progress_update u on u.id = r.update_id join plan_action a on a.id = u.action_id"
				+ " where u.period_id = ? order by r.id", String.class, this.june.id()))
			.containsExactly("1.2 CHALLENGED", "1.1 ACCEPTED", "1.4 ACCEPTED", "1.3 ACCEPTED");
		Document page = reviewPage(chair);
		assertThat(page.select(".govuk-notification-banner").text()).isEqualTo(
				"Success You accepted the update on action 1.3 Every submitted update for June 2020 now has a decision.");
		assertThat(page.select("#undecided-count").text()).isEqualTo("Every submitted update has a decision.");
	}

	@Test
	void aCommentTooLongIsRefusedAndNothingIsRecorded() throws Exception {
		Document page = Pages.html(decide(Pages.signIn(this.mvc, Pages.BOARD), "1.2", "challenge", "x".repeat(2001))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Comment must be 2,000 characters or fewer");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#comment-" + updateOf("1.2").id());
		long id = updateOf("1.2").id();
		assertThat(page.select("#comment-" + id).attr("aria-describedby"))
			.isEqualTo("comment-" + id + "-hint comment-" + id + "-error");
		assertThat(page.select("#comment-" + id).text()).hasSize(2001);
		assertThat(this.jdbc.queryForObject("select count(*) from board_review r join progress_update u"
				+ " on u.id = r.update_id where u.period_id = ?", Integer.class, this.june.id())).isZero();
		assertThat(updateOf("1.2").state()).isEqualTo(UpdateView.State.SUBMITTED);
	}

	@Test
	void theChairsListOfPeriodsNamesTheDecisionsWaiting() throws Exception {
		Cookie chair = Pages.signIn(this.mvc, Pages.BOARD);
		Document periods = Pages.html(this.mvc.perform(get("/plans/" + this.plan.id() + "/periods").cookie(chair))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(periods.select("#decisions-waiting + ul li").eachText())
			.containsExactly("June 2020: 4 updates wait for the board's decision");
		assertThat(periods.select("#decisions-waiting + ul a").attr("href")).isEqualTo(review());

		UpdateView first = updateOf("1.1");
		this.progress.review(first.id(), first.version(), true, "", this.office);
		for (String number : List.of("1.2", "1.3")) {
			UpdateView update = updateOf(number);
			this.progress.review(update.id(), update.version(), true, "", this.office);
		}
		Document after = Pages.html(this.mvc.perform(get("/plans/" + this.plan.id() + "/periods").cookie(chair))
			.andReturn());
		assertThat(after.select("#decisions-waiting + ul li").eachText())
			.containsExactly("June 2020: 1 update waits for the board's decision");
	}

	@Test
	void theChairsHomePageListsTheDecisionsWaitingWithALinkToTheReview() throws Exception {
		Cookie chair = Pages.signIn(this.mvc, Pages.BOARD);
		String entry = this.plan.title() + ", June 2020: 4 updates wait for the board's decision";
		Document home = Pages.html(this.mvc.perform(get("/").cookie(chair)).andExpect(status().isOk()).andReturn());
		assertThat(home.select(".app-decisions-waiting li").eachText()).contains(entry);
		assertThat(home.select(".app-decisions-waiting a:contains(" + this.plan.title() + ", June 2020)").attr("href"))
			.isEqualTo(review());

		for (String number : List.of("1.1", "1.2", "1.3", "1.4")) {
			UpdateView update = updateOf(number);
			this.progress.review(update.id(), update.version(), true, "", this.office);
		}
		Document after = Pages.html(this.mvc.perform(get("/").cookie(chair)).andReturn());
		assertThat(after.select(".app-decisions-waiting li").eachText()).noneMatch(text -> text.startsWith(
				this.plan.title() + ", June 2020"));

		// Only the board is asked to decide: the programme office's home does not list them.
		Document office = Pages.html(this.mvc.perform(get("/").cookie(Pages.signIn(this.mvc, Pages.ADMIN))).andReturn());
		assertThat(office.select(".app-decisions-waiting")).isEmpty();
	}

	private org.springframework.test.web.servlet.ResultActions decide(Cookie chair, String number, String decision,
			String comment) throws Exception {
		UpdateView update = updateOf(number);
		return this.mvc.perform(post(review() + "/updates/" + update.id() + "/review").cookie(chair)
			.with(csrf())
			.param("decision", decision)
			.param("comment", comment)
			.param("version", String.valueOf(update.version())));
	}

	/**
	 * The banner on the review page the browser is sent to after a decision.
	 */
	private String banner(Cookie chair) throws Exception {
		return reviewPage(chair).select(".govuk-notification-banner").text();
	}

	private Document reviewPage(Cookie session) throws Exception {
		return Pages.html(this.mvc.perform(get(review()).cookie(session)).andExpect(status().isOk()).andReturn());
	}

	private Element card(Document page, String number) {
		return page.getElementById("update-" + updateOf(number).id()).closest(".govuk-summary-card");
	}

	private static String row(Element card, String key) {
		return card.select(".govuk-summary-list__row")
			.stream()
			.filter(row -> row.select("dt").text().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row " + key))
			.select("dd")
			.text();
	}

	private UpdateView updateOf(String number) {
		long actionId = action(number).id();
		return this.progress.updatesOf(this.june.id())
			.stream()
			.filter(u -> u.actionId() == actionId)
			.findFirst()
			.orElseThrow();
	}

	private void submit(String number, String status, Map<Long, String> actuals) {
		Map<Long, java.math.BigDecimal> values = new java.util.HashMap<>();
		actuals.forEach((id, value) -> values.put(id, new java.math.BigDecimal(value)));
		List<NewEvidence> evidence = List.of("COMPLETED", "EMBEDDED").contains(status)
				? List.of(NewEvidence.link("Dashboard", "https://example.org/dashboard")) : List.of();
		this.progress.write(action(number).id(),
				new UpdateCommand(status, null, "Done for " + number, "Next for " + number, values), evidence,
				this.office, null, true);
	}

	private long measureOf(String number) {
		return action(number).measures().get(0).id();
	}

	private ActionView action(String number) {
		return this.plan.actions().filter(a -> a.number().equals(number)).findFirst().orElseThrow();
	}

	private String review() {
		return "/plans/" + this.plan.id() + "/periods/" + this.june.id();
	}

}
