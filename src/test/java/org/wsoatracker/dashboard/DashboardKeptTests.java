package org.wsoatracker.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.shared.audit.DataVersion;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.Statements;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan's dashboard is worked out once and kept while nothing changes: asked for again, it reads only the plan's
 * data version. Any change to the plan or its progress, however it is made (even in plain SQL), and the turn of the
 * day, show at once; a change to one plan leaves every other plan's dashboard kept.
 */
@IntegrationTest
class DashboardKeptTests {

	@Autowired
	DashboardService dashboards;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	AccountService accounts;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	TestPlans testPlans;

	@Autowired
	Statements statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	PlanView plan;

	Actor office;

	@BeforeEach
	void setUp() {
		this.plan = this.testPlans.create();
		this.office = new Actor(this.accounts.findByEmail("admin@example.org").orElseThrow().id(), "Programme office",
				true);
		this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
	}

	@Test
	void askedForAgainTheSameDashboardReadsOnlyTheDataVersion() {
		PlanDashboard first = this.dashboards.dashboard(this.plan.id());
		PlanDashboard[] again = new PlanDashboard[1];

		long statements = this.statements.countOf(() -> again[0] = this.dashboards.dashboard(this.plan.id()));

		assertThat(again[0]).isSameAs(first);
		assertThat(statements).isOne();
	}

	@Test
	void anUpdateShowsAtOnce() {
		assertThat(status(this.dashboards.dashboard(this.plan.id()), "1.1")).isEqualTo("No update");

		this.progress.write(action("1.1").id(),
				new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next", Map.of()), this.office, null, true);

		assertThat(status(this.dashboards.dashboard(this.plan.id()), "1.1")).isEqualTo("Progressing and on track");
	}

	@Test
	void aChangeToThePlanShowsAtOnce() {
		this.dashboards.dashboard(this.plan.id());
		ActionView action = action("1.2");

		this.plans.updateAction(action.id(), action.version(),
				new ActionDetails("1.2", "Joint outcomes framework, agreed", action.action(), action.start(),
						action.end(), null, List.of(action.leads().get(0).personId()), List.of(), List.of(), null,
						List.of()));

		assertThat(this.dashboards.dashboard(this.plan.id()).heatmap())
			.anySatisfy(row -> assertThat(row.outcome()).isEqualTo("Joint outcomes framework, agreed"));
	}

	@Test
	void aChangeToOnePlanLeavesAnotherPlansDashboardKeptAndShowsAtOnceOnItsOwn() {
		PlanView other = this.testPlans.create();
		PlanDashboard othersBefore = this.dashboards.dashboard(other.id());
		PlanDashboard before = this.dashboards.dashboard(this.plan.id());

		this.progress.write(action("1.1").id(),
				new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next", Map.of()), this.office, null, true);

		PlanDashboard after = this.dashboards.dashboard(this.plan.id());
		assertThat(after).isNotSameAs(before);
		assertThat(status(after, "1.1")).isEqualTo("Progressing and on track");
		assertThat(this.dashboards.dashboard(other.id())).isSameAs(othersBefore);
	}

	@Test
	void aChangeMadeInPlainSqlShowsAtOnce() {
		PlanView other = this.testPlans.create();
		PlanDashboard othersBefore = this.dashboards.dashboard(other.id());
		this.dashboards.dashboard(this.plan.id());

		this.jdbc.update("update plan_action set outcome = 'Fixed in SQL' where id = ?", action("1.2").id());

		assertThat(this.dashboards.dashboard(this.plan.id()).heatmap())
			.anySatisfy(row -> assertThat(row.outcome()).isEqualTo("Fixed in SQL"));
		assertThat(this.dashboards.dashboard(other.id())).isSameAs(othersBefore);
	}

	@Test
	void aLeadsNewNameInPlainSqlShowsOnThePlansOfTheirLocalArea() {
		long leadId = action("1.1").leads().get(0).personId();
		String name = this.jdbc.queryForObject("select name from person where id = ?", String.class, leadId);
		PlanDashboard before = this.dashboards.dashboard(this.plan.id());
		try {
			this.jdbc.update("update person set name = 'Renamed in SQL' where id = ?", leadId);

			assertThat(this.dashboards.dashboard(this.plan.id())).isNotSameAs(before);
			assertThat(this.dashboards.dashboard(this.plan.id()).choices().leads())
				.anySatisfy(choice -> assertThat(choice.label()).startsWith("Renamed in SQL"));
		}
		finally {
			this.jdbc.update("update person set name = ? where id = ?", name, leadId);
		}
	}

	@Test
	void theBoardHomeWorksOutAgainOnlyThePlanThatChanged() {
		PlanView other = this.testPlans.create();
		AreaScope york = AreaScope.of(List.of(other.localAreaId()));
		this.dashboards.headlines(york);
		long unchanged = this.statements.countOf(() -> this.dashboards.headlines(york));

		long thisChanged = statementsAfterChanging(york, this.plan.id());
		long otherChanged = statementsAfterChanging(york, other.id());
		long bothChanged = statementsAfterChanging(york, this.plan.id(), other.id());

		assertThat(thisChanged).isGreaterThan(unchanged);
		assertThat(otherChanged).isGreaterThan(unchanged);
		assertThat(bothChanged - unchanged).isEqualTo((thisChanged - unchanged) + (otherChanged - unchanged));
	}

	/**
	 * How many statements the board's home page takes after a change, in plain SQL, to every action of the plans.
	 */
	private long statementsAfterChanging(AreaScope scope, Long... planIds) {
		this.dashboards.headlines(scope);
		this.jdbc.update("update plan_action set outcome = outcome || '.' where area_id in "
				+ "(select id from plan_area where plan_id = any(?))", (Object) planIds);
		return this.statements.countOf(() -> this.dashboards.headlines(scope));
	}

	@Test
	void theBoardsPagesShowASubmittedUpdateAtOnceThoughTheirRowsAreKept() throws Exception {
		SignedInPages pages = new SignedInPages(this.mvc);
		String row = "tr.app-plan-headline:has(a[href=/plans/" + this.plan.id() + "/dashboard])";
		Document before = pages.page(Pages.BOARD, "/dashboard");
		assertThat(before.select(row).text()).contains("2 No update").doesNotContain("Green");
		String waiting = ".app-decisions-waiting a[href^=/plans/" + this.plan.id() + "/periods/]";
		assertThat(pages.page(Pages.BOARD, "/").select(waiting)).isEmpty();

		this.progress.write(action("1.1").id(),
				new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next", Map.of()), this.office, null, true);

		assertThat(pages.page(Pages.BOARD, "/dashboard").select(row).text()).contains("1 Green 1 No update");
		assertThat(pages.page(Pages.BOARD, "/").select(waiting).parents().first().text())
			.contains("1 update waits for the board");
		assertThat(this.dashboards.decisionsWaiting(this.plan.id())).singleElement()
			.satisfies(decisions -> assertThat(decisions.updates()).isOne());
	}

	@Test
	void theBoardHomeShowsThePlansInUseThatThePlansPageLists() {
		PlanView archived = this.testPlans.create();
		this.plans.archivePlan(archived.id());
		AreaScope york = AreaScope.of(List.of(this.plan.localAreaId()));

		List<Long> listed = this.plans.plans(york).stream().map(summary -> summary.id()).toList();

		assertThat(this.plans.planIds(york)).containsExactlyElementsOf(listed).contains(this.plan.id())
			.doesNotContain(archived.id());
		assertThat(this.dashboards.headlines(york)).extracting(PlanHeadline::planId)
			.containsExactlyElementsOf(listed);
		assertThat(this.plans.planIds(AreaScope.of(List.of()))).isEmpty();
	}

	@Test
	void wholeDashboardsAreKeptForThePlansShownMostRecentlyAndHeadlinesForEveryPlan() {
		PlanView other = this.testPlans.create();
		AreaScope york = AreaScope.of(List.of(this.plan.localAreaId()));
		DashboardService dashboards = new DashboardService(this.plans, this.progress, this.dataVersion,
				Clock.systemDefaultZone(), 1);
		PlanDashboard first = dashboards.dashboard(this.plan.id());
		dashboards.headlines(york);
		long headlinesKept = this.statements.countOf(() -> dashboards.headlines(york));

		PlanDashboard others = dashboards.dashboard(other.id());

		assertThat(dashboards.dashboard(other.id())).isSameAs(others);
		assertThat(dashboards.dashboard(this.plan.id())).isNotSameAs(first) // let go, worked out again
			.usingRecursiveComparison()
			.isEqualTo(first);
		assertThat(this.statements.countOf(() -> dashboards.headlines(york))).isEqualTo(headlinesKept);
	}

	@Test
	void theTurnOfTheDayShowsAtOnce() {
		ActionView action = action("1.2");
		LocalDate end = PlanDate.parse("2099-09").lastDay();
		MovableClock clock = new MovableClock(end.minusDays(DashboardService.ENDING_SOON_DAYS + 1));
		DashboardService dashboards = new DashboardService(this.plans, this.progress, this.dataVersion, clock, 50);
		assertThat(dashboards.dashboard(this.plan.id()).endingSoon()).isEmpty();

		clock.nextDay();

		assertThat(dashboards.dashboard(this.plan.id()).endingSoon()).extracting(PlanDashboard.DateRow::actionId)
			.containsExactly(action.id());
	}

	private ActionView action(String number) {
		return this.plans.plan(this.plan.id())
			.actions()
			.filter(action -> action.number().equals(number))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The status of the action in the dashboard's latest period.
	 */
	private static String status(PlanDashboard dashboard, String number) {
		return dashboard.heatmap()
			.stream()
			.filter(row -> row.number().equals(number))
			.findFirst()
			.map(row -> row.cells().get(row.cells().size() - 1).label())
			.orElseThrow();
	}

	private static final class MovableClock extends Clock {

		private static final ZoneId LONDON = ZoneId.of("Europe/London");

		private Instant now;

		MovableClock(LocalDate day) {
			this.now = day.atTime(12, 0).atZone(LONDON).toInstant();
		}

		void nextDay() {
			this.now = this.now.plus(Duration.ofDays(1));
		}

		@Override
		public ZoneId getZone() {
			return LONDON;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
