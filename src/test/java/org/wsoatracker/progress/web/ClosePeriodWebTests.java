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
 * The programme office closes a reporting period through a page that lists what the period still lacks, and only the
 * programme office may see that page or close the period.
 */
@IntegrationTest
class ClosePeriodWebTests {

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

	PeriodView period;

	Actor office;

	@BeforeEach
	void setUp() {
		PlanView created = this.testPlans.create();
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long maxine = this.people.findByReference(york, "M.S", "CYC").orElseThrow().id();
		long areaId = created.areas().get(0).id();
		for (String number : List.of("1.3", "1.4")) {
			this.plans.addAction(areaId, new ActionDetails(number, "Outcome of " + number, "Do " + number,
					PlanDate.parse("2020-04"), PlanDate.parse("2099-09"), null, List.of(maxine), List.of(), List.of(),
					null, List.of()));
		}
		this.plan = this.plans.plan(created.id());
		this.period = this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		this.office = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true);
	}

	@Test
	void theCheckPageListsWhatIsMissingWithEachActionAndItsLead() throws Exception {
		write(action("1.1"), false);
		write(action("1.2"), true);

		Document page = checkPage(Pages.signIn(this.mvc, Pages.ADMIN));

		assertThat(page.select("h1").text()).isEqualTo("Check before you close the reporting period for June 2020");
		assertThat(page.select("caption").eachText()).containsExactly("2 actions have no update",
				"1 update is still a draft", "1 submitted update has no board decision");
		assertThat(rows(page, "no-update")).containsExactly("1.3 Outcome of 1.3 Maxine Squire (CYC)",
				"1.4 Outcome of 1.4 Maxine Squire (CYC)");
		assertThat(rows(page, "drafts")).containsExactly("1.1 Leaders have oversight Maxine Squire (CYC)");
		assertThat(rows(page, "undecided")).hasSize(1).allMatch(row -> row.startsWith("1.2 Joint outcomes framework"));
		assertThat(page.select("#nothing-missing")).isEmpty();
		assertThat(page.select(".govuk-warning-text").text()).contains("A closed period never changes again");
		Element form = page.selectFirst("form[action=" + periods() + "/" + this.period.id() + "/close]");
		assertThat(form).isNotNull();
		assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(this.period.version()));
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		assertThat(form.select("button").text()).isEqualTo("Close the period");
	}

	@Test
	void pluralsAndChallengedUpdatesReadAsTheyShould() throws Exception {
		write(action("1.1"), false);
		write(action("1.3"), false);
		write(action("1.4"), false);
		UpdateView submitted = write(action("1.2"), true);
		this.progress.review(submitted.id(), submitted.version(), false, "Show the figures", this.office);

		Document page = checkPage(Pages.signIn(this.mvc, Pages.ADMIN));

		assertThat(page.select("caption").eachText()).containsExactly("3 updates are still drafts",
				"1 challenged update has not been revised");
		assertThat(rows(page, "challenged")).hasSize(1).allMatch(row -> row.startsWith("1.2 "));
	}

	@Test
	void aPeriodWithNothingMissingSaysSo() throws Exception {
		for (String number : List.of("1.1", "1.2", "1.3", "1.4")) {
			UpdateView update = write(action(number), true);
			this.progress.review(update.id(), update.version(), true, "", this.office);
		}

		Document page = checkPage(Pages.signIn(this.mvc, Pages.ADMIN));

		assertThat(page.select("#nothing-missing").text()).startsWith("Nothing is missing");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void confirmingClosesThePeriodAndAClosedPeriodIsRefusedAfterwards() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		Document page = this.checkPage(admin);
		String version = page.select("form input[name=version]").val();

		this.mvc.perform(post(periods() + "/" + this.period.id() + "/close").cookie(admin).with(csrf())
			.param("version", version))
			.andExpect(redirectedUrl(periods()))
			.andExpect(flash().attribute("success",
					"Reporting period for June 2020 closed: its updates and decisions can no longer change"));

		assertThat(this.jdbc.queryForMap("select status, closed_at from reporting_period where id = ?",
				this.period.id())).containsEntry("status", "CLOSED").extractingByKey("closed_at").isNotNull();
		this.mvc.perform(get(periods() + "/" + this.period.id() + "/close").cookie(admin))
			.andExpect(redirectedUrl(periods()));
		this.mvc.perform(post(periods() + "/" + this.period.id() + "/close").cookie(admin).with(csrf())
			.param("version", version)).andExpect(redirectedUrl(periods())).andExpect(flash().attributeExists("problem"));
	}

	@Test
	void onlyTheProgrammeOfficeSeesTheCheckPageOrCloses() throws Exception {
		for (String email : List.of(Pages.BOARD, Pages.LEAD, Pages.SCRUTINY)) {
			Cookie session = Pages.signIn(this.mvc, email);
			this.mvc.perform(get(periods() + "/" + this.period.id() + "/close").cookie(session))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(periods() + "/" + this.period.id() + "/close").cookie(session).with(csrf())
				.param("version", String.valueOf(this.period.version()))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post(periods() + "/" + this.period.id() + "/close").cookie(Pages.signIn(this.mvc, Pages.ADMIN))
			.param("version", String.valueOf(this.period.version()))).andExpect(status().isForbidden());

		assertThat(this.jdbc.queryForObject("select status from reporting_period where id = ?", String.class,
				this.period.id())).isEqualTo("OPEN");
	}

	@Test
	void thePeriodsPageLeadsToTheCheckPageRatherThanClosingAtOnce() throws Exception {
		Document page = Pages.html(this.mvc.perform(get(periods()).cookie(Pages.signIn(this.mvc, Pages.ADMIN)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("a[href=" + periods() + "/" + this.period.id() + "/close]").text())
			.isEqualTo("Close June 2020");
		assertThat(page.select("form[action$=/close]")).isEmpty();
	}

	private Document checkPage(Cookie session) throws Exception {
		return Pages.html(this.mvc.perform(get(periods() + "/" + this.period.id() + "/close").cookie(session))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static List<String> rows(Document page, String section) {
		return page.select("table#" + section + " tbody tr").eachText();
	}

	private UpdateView write(ActionView action, boolean submit) {
		return this.progress.write(action.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done " + action.number(),
				"Next", Map.of()), this.office, null, submit);
	}

	private ActionView action(String number) {
		return this.plan.actions().filter(a -> a.number().equals(number)).findFirst().orElseThrow();
	}

	private String periods() {
		return "/plans/" + this.plan.id() + "/periods";
	}

}
