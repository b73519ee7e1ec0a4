package org.wsoatracker.shared.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The inputs issue 14 found answered with failures, or saved when they should not be, each answered now with the
 * field's error (its name and its bound) and nothing saved: years no plan has, a measure's value beyond its column, an
 * evidence title longer than its column, a weakness of a million characters, field names no form has. The database
 * holds the same bounds.
 */
@IntegrationTest
class BoundedInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	SignedInPages pages;

	PlanView plan;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.plan = this.testPlans.create();
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "1999", "2101", "9999" })
	void aReportingPeriodOutsideTheServiceYearsIsRefusedOnItsField(String year) throws Exception {
		Document page = Pages.html(openPeriod(this.plan, "12", year));

		assertThat(errors(page)).containsExactly("Month must be in a year between 2000 and 2100");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#month");
		assertThat(periods(this.plan)).isZero();
	}

	@Test
	void aReportingPeriodOutsideThePlansYearsIsRefusedAndCannotBecomeTheCurrentOne() throws Exception {
		PlanView short2020 = planOfActionsIn2020();

		Document page = Pages.html(openPeriod(short2020, "12", "2030"));

		assertThat(errors(page))
			.containsExactly("Month must be between January 2020 and December 2021, the years of the plan");
		assertThat(periods(short2020)).isZero();
		assertThat(openPeriod(short2020, "12", "2021").getResponse().getStatus()).isEqualTo(302);
		assertThat(this.progress.currentPeriod(short2020.id()).orElseThrow().month()).isEqualTo(YearMonth.of(2021, 12));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000000", "1e12", "-1000000000.01" })
	void anActualValueBeyondAMeasuresRangeIsRefusedOnItsField(String value) throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);
		this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		String field = "actuals['" + action.measures().get(0).id() + "']";

		Document page = Pages.html(this.mvc.perform(update(action).param(field, value)).andReturn());

		assertThat(errors(page)).containsExactly("Actual value must be between -1,000,000,000 and 1,000,000,000");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#actuals-" + action.measures().get(0).id());
		assertThat(updates(action)).isZero();
	}

	@Test
	void anEvidenceTitleLongerThanItsColumnIsRefusedOnItsField() throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);
		this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);

		Document page = Pages.html(this.mvc
			.perform(update(action).param("linkTitle", "T".repeat(301)).param("linkUrl", "https://example.org/minutes"))
			.andReturn());

		assertThat(errors(page)).containsExactly("Link title must be 300 characters or fewer");
		assertThat(updates(action)).isZero();
	}

	@Test
	void aWeaknessOfAMillionCharactersOrJustOverItsBoundIsRefused() throws Exception {
		long inspection = this.plan.inspection().id();
		String count = "select count(*) from inspection_weakness where inspection_id = " + inspection;
		int before = this.jdbc.queryForObject(count, Integer.class);

		Document million = Pages.html(this.pages.post(Pages.ADMIN, "/inspections/" + inspection + "/weaknesses",
				"number", "91", "text", "W".repeat(1_000_000)));
		Document overBound = Pages.html(this.pages.post(Pages.ADMIN, "/inspections/" + inspection + "/weaknesses",
				"number", "91", "text", "W".repeat(5_001)));

		assertThat(errors(million)).containsExactly("This text cannot be saved: remove any hidden characters pasted"
				+ " with it, and keep it under 100,000 characters");
		assertThat(errors(overBound)).containsExactly("Area of weakness must be 5000 characters or fewer");
		assertThat(this.jdbc.queryForObject(count, Integer.class)).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name[0]", "code['x']", "code[99999]" })
	void aFieldNameNoFormHasIsABadRequest(String tampered) throws Exception {
		String code = SignedInPages.unique("BAD");

		MvcResult result = this.pages.post(Pages.ADMIN, "/local-areas", "name", "Tampered-shire", "code", code,
				tampered, "1");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("select count(*) from local_area where code = ?", Integer.class, code))
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "measures[99999].text", "version[0]", "subActions[0].start.day[1]" })
	void aRowFarPastTheFormsRowsOrAnIndexOnAFieldThatIsNoListIsABadRequest(String tampered) throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);

		MvcResult result = this.pages.post(Pages.ADMIN, "/plans/" + this.plan.id() + "/actions/" + action.id(),
				"version", String.valueOf(action.version()), "number", "1.1", "outcome", "Changed", "action", "Changed",
				tampered, "1");

		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(this.plans.action(action.id())).isEqualTo(action);
	}

	@Test
	void aNegativeIndexIsNotBound() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, "/plans/" + this.plan.id() + "/periods", "month.month", "7",
				"month.year", "2021", "dueDate.day", "10", "dueDate.month", "8", "dueDate.year", "2021", "reviewPoint",
				"yes", "reviewPoint[-1]", "no");

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.progress.periods(this.plan.id()).get(0).reviewPoint()).isTrue();
	}

	@Test
	void theDatabaseHoldsTheSameBounds() {
		long inspection = this.plan.inspection().id();
		ActionView action = this.plan.areas().get(0).actions().get(0);

		assertThatThrownBy(() -> this.jdbc.update("insert into inspection_weakness (inspection_id, number, text) "
				+ "values (?, 92, ?)", inspection, "W".repeat(5_001)))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("inspection_weakness_text_length");
		assertThatThrownBy(() -> this.jdbc.update("update measure set target = 1000000000.01 where id = ?",
				action.measures().get(0).id()))
			.hasMessageContaining("measure_values_in_range");
		assertThatThrownBy(() -> this.jdbc.update("insert into reporting_period (plan_id, month, due_date, status) "
				+ "values (?, '9999-12-01', '9999-12-31', 'OPEN')", this.plan.id()))
			.hasMessageContaining("reporting_period_dates_in_service_years");
	}

	private MvcResult openPeriod(PlanView plan, String month, String year) throws Exception {
		return this.pages.post(Pages.ADMIN, "/plans/" + plan.id() + "/periods", "month.month", month, "month.year",
				year, "dueDate.day", "10", "dueDate.month", "1", "dueDate.year", "2021");
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder update(
			ActionView action) throws Exception {
		return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
				"/actions/" + action.id() + "/updates")
			.with(csrf())
			.cookie(this.pages.session(Pages.LEAD))
			.param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", "Set up the dashboard")
			.param("nextSteps", "Report to the board")
			.param("version", "none");
	}

	/**
	 * A plan of the York inspection (its letter published in 2020) whose one action runs through 2020.
	 */
	private PlanView planOfActionsIn2020() {
		long inspection = this.plan.inspection().id();
		long lead = this.plan.areas().get(0).actions().get(0).leads().get(0).personId();
		long id = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Short plan " + SignedInPages.unique("P"),
						PlanStatus.DRAFT, "YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1),
						List.of(new ActionDetails("1.1", "Oversight", "Write it", PlanDate.parse("2020-02"),
								PlanDate.parse("2020-11"), null, List.of(lead), List.of(), List.of(), null,
								List.of()))))))
			.id();
		return this.plans.plan(id);
	}

	private int periods(PlanView plan) {
		return this.jdbc.queryForObject("select count(*) from reporting_period where plan_id = ?", Integer.class,
				plan.id());
	}

	private int updates(ActionView action) {
		return this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				action.id());
	}

	private static List<String> errors(Document page) {
		return page.select(".govuk-error-summary a").eachText();
	}

}
