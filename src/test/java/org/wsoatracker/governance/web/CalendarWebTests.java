package org.wsoatracker.governance.web;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.security.AreaScope;
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
 * A plan's deadlines calendar: the page listing its dates, and a board member's secret calendar address, whose feed
 * answers without a session, parses as iCalendar (read with ical4j, not as text) with the right dates, holds only
 * the plans of the person's local areas, and is "Page not found" once revoked or replaced, or for a wrong token.
 */
@IntegrationTest
class CalendarWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PeopleService people;

	@Autowired
	PlanService plans;

	@Autowired
	AccountService accounts;

	SignedInPages pages;

	PlanView plan;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.plan = this.testPlans.create();
		this.jdbc.update("delete from calendar_feed");
	}

	@Test
	void theFeedAtABoardMembersSecretAddressCarriesThePlansDatesAndStopsWhenRevoked() throws Exception {
		String base = "/plans/" + this.plan.id();
		long maxine = GovernanceFixture.maxine(this.people);
		this.pages.post(Pages.ADMIN, base + "/board-meetings", "heldOn.day", "12", "heldOn.month", "5", "heldOn.year",
				"2021", "attendeeIds", String.valueOf(maxine), "minutesSummary", "Met", "version", "0");
		this.pages.post(Pages.ADMIN, base + "/risks", "title", "Staff leave", "cause", "Pay", "consequence", "Delay",
				"ownerId", String.valueOf(maxine), "mitigations", "Recruit", "likelihood", "3", "impact", "3",
				"targetScore", "4", "reviewDate.day", "15", "reviewDate.month", "9", "reviewDate.year", "2021", "status",
				"OPEN", "version", "0");
		this.pages.post(Pages.ADMIN, base + "/oversight-reviews", "heldOn.day", "7", "heldOn.month", "10",
				"heldOn.year", "2021", "attended", "DfE adviser", "outcomeSummary", "", "actionsAgreed", "", "version",
				"0");

		Document page = this.pages.page(Pages.BOARD, base + "/calendar");
		assertThat(page.select("h1").text()).isEqualTo("Deadlines calendar – " + this.plan.title());
		assertThat(page.select("#calendar tbody tr").eachText()).contains(
				"31 July 2020 Action end Action 1.1 ends", "12 May 2021 Board meeting Board meeting",
				"15 September 2021 Risk review Risk review: Staff leave",
				"7 October 2021 DfE and NHS England review DfE and NHS England review");

		MvcResult made = this.pages.post(Pages.BOARD, base + "/calendar/address");
		Document shown = this.pages.follow(Pages.BOARD, made);
		String address = shown.select("#calendar-address code").text();
		assertThat(address).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}");
		String path = address.substring("http://localhost".length());
		String token = path.substring("/calendar/".length());
		assertThat(this.jdbc.queryForObject("select token_hash from calendar_feed where account_id = ?", String.class,
				chairId()))
			.hasSize(64)
			.doesNotContain(token);
		assertThat(this.pages.page(Pages.BOARD, base + "/calendar").select("#calendar-address")).isEmpty();

		MvcResult feed = this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn();
		assertThat(feed.getResponse().getStatus()).isEqualTo(200);
		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		assertThat(feed.getResponse().getCookie("SESSION")).isNull();
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getResponse().getContentAsString()));
		List<VEvent> events = calendar.getComponents("VEVENT");
		Map<String, LocalDate> ours = events.stream()
			.filter(event -> summary(event).startsWith(this.plan.title() + " – "))
			.collect(Collectors.toMap(event -> summary(event).substring(this.plan.title().length() + 3),
					CalendarWebTests::start, (a, b) -> a));
		assertThat(ours).containsEntry("Action 1.1 ends", LocalDate.of(2020, 7, 31))
			.containsEntry("Action 1.2 ends", LocalDate.of(2099, 9, 30))
			.containsEntry("Board meeting", LocalDate.of(2021, 5, 12))
			.containsEntry("Risk review: Staff leave", LocalDate.of(2021, 9, 15))
			.containsEntry("DfE and NHS England review", LocalDate.of(2021, 10, 7));
		if (this.plan.submissionDeadline() != null) {
			assertThat(ours).containsEntry("Submission deadline: " + this.plan.title(), this.plan.submissionDeadline());
		}
		List<String> titlesInScope = this.plans.plans(AreaScope.of(this.accounts.localAreasOf(chairId())))
			.stream()
			.map(PlanSummary::title)
			.toList();
		assertThat(events).allSatisfy(event -> assertThat(titlesInScope)
			.anySatisfy(title -> assertThat(summary(event)).startsWith(title + " – ")));

		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/calendar/" + token.substring(1) + "x"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.pages.get(Pages.LEAD, path).getResponse().getStatus()).isEqualTo(200);

		MvcResult remade = this.pages.post(Pages.BOARD, base + "/calendar/address");
		String newPath = this.pages.follow(Pages.BOARD, remade)
			.select("#calendar-address code")
			.text()
			.substring("http://localhost".length());
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get(newPath)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		Document revoked = this.pages.follow(Pages.BOARD,
				this.pages.post(Pages.BOARD, base + "/calendar/address/revoke"));
		assertThat(revoked.select(".govuk-notification-banner__heading").text())
			.isEqualTo("Calendar address revoked: it no longer answers");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get(newPath)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_feed where account_id = ?", Integer.class,
				chairId()))
			.isZero();
	}

	@Test
	void onlyTheBoardAndAdministratorsSeeTheCalendarAndHaveAnAddress() throws Exception {
		String base = "/plans/" + this.plan.id();
		assertThat(this.pages.get(Pages.ADMIN, base + "/calendar").getResponse().getStatus()).isEqualTo(200);
		for (String email : List.of(Pages.LEAD, Pages.SCRUTINY)) {
			assertThat(this.pages.get(email, base + "/calendar").getResponse().getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, base + "/calendar/address").getResponse().getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, base + "/calendar/address/revoke").getResponse().getStatus())
				.isEqualTo(403);
		}
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get(base + "/calendar"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(this.pages.postWithoutCsrf(Pages.BOARD, base + "/calendar/address").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from calendar_feed", Integer.class)).isZero();
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/calendar/not-a-token-anyone-was-given"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private long chairId() {
		return this.accounts.findByEmail(Pages.BOARD).orElseThrow().id();
	}

	private static String summary(VEvent event) {
		return event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
	}

	private static LocalDate start(VEvent event) {
		DtStart<LocalDate> start = event.<LocalDate>getStartDate().orElseThrow();
		return start.getDate();
	}

}
