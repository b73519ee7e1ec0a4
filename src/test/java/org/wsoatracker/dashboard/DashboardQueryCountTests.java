package org.wsoatracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.AccountView;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Statements;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Building a plan's dashboard reads the database a fixed number of times, however many actions the plan has: no
 * query per action, per update or per measure. The board's home page, once it has worked out each plan's position,
 * reads a fixed number of times however many plans there are, until the data or the date changes.
 */
@IntegrationTest
class DashboardQueryCountTests {

	static final String[] STATUSES = { "NOT_YET_STARTED", "STARTED_BUT_DELAYED", "PROGRESSING_BUT_DELAYED",
			"PROGRESSING_AND_ON_TRACK", "COMPLETED" };

	@Autowired
	DashboardService dashboards;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	InspectionService inspections;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	Statements statements;

	@Test
	void aPlanOf120ActionsTakesAsManyStatementsAsAPlanOf12() {
		long small = planWithProgress(12);
		long large = planWithProgress(120);

		long smallCount = statementsToBuild(small);
		long largeCount = statementsToBuild(large);

		System.out.printf("SQL statements to build a dashboard: 12 actions %d, 120 actions %d%n", smallCount,
				largeCount);
		assertThat(this.dashboards.dashboard(large).heatmap()).hasSize(120);
		assertThat(this.dashboards.dashboard(large).measures()).hasSize(120);
		assertThat(largeCount).isEqualTo(smallCount);
	}

	@Test
	void onceEachPlansPositionIsWorkedOutTheBoardHomeTakesAsManyStatementsHoweverManyPlans() {
		AreaScope before = AreaScope.of(this.people.localAreas().stream().map(LocalAreaView::id).toList());
		this.dashboards.headlines(before);
		long fewer = this.statements.countOf(() -> this.dashboards.headlines(before));
		planWithProgress(12);
		planWithProgress(12);
		AreaScope after = AreaScope.of(this.people.localAreas().stream().map(LocalAreaView::id).toList());
		int plans = this.dashboards.headlines(after).size();
		long more = this.statements.countOf(() -> this.dashboards.headlines(after));

		System.out.printf("SQL statements for the board home: %d plans %d, %d plans %d%n", plans - 2, fewer, plans,
				more);
		assertThat(more).isEqualTo(fewer);
	}

	private long statementsToBuild(long planId) {
		return this.statements.countOf(() -> assertThat(this.dashboards.dashboard(planId).periods()).hasSize(3));
	}

	/**
	 * A plan of the given number of actions in areas of 12 (each answering one of York's four areas of weakness), each
	 * action with a lead and a numeric measure, and three periods of submitted updates, the first two reviewed by the
	 * board (one update challenged).
	 */
	private long planWithProgress(int actionCount) {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long inspection = this.inspections.inspections(york).get(0).id();
		long lead = this.people.findByReference(york, "M.S", "CYC").orElseThrow().id();
		List<AreaCommand> areas = new ArrayList<>();
		for (int area = 1; area <= actionCount / 12; area++) {
			List<ActionDetails> actions = new ArrayList<>();
			for (int action = 1; action <= 12; action++) {
				actions.add(new ActionDetails(area + "." + action, "Outcome " + area + "." + action, "Do it",
						PlanDate.parse("2020-02"), PlanDate.parse("2099-07"), null, List.of(lead), List.of(),
						List.of(new MeasureDetails("90% on time", null, new BigDecimal("90"), "%",
								YearMonth.of(2021, 12))),
						null, List.of()));
			}
			areas.add(new AreaCommand(area, "Area " + area, "Weakness " + area, List.of((area - 1) % 4 + 1), actions));
		}
		long planId = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Query count plan " + UUID.randomUUID(),
						PlanStatus.DRAFT, "YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(), List.of(), areas))
			.id();
		PlanView plan = this.plans.plan(planId);
		AccountView admin = this.accounts.findByEmail("admin@example.org").orElseThrow();
		Actor office = new Actor(admin.id(), "Programme office", true);
		Actor board = new Actor(admin.id(), "Chair", false);
		for (int i = 0; i < 3; i++) {
			YearMonth month = YearMonth.of(2020, 5).plusMonths(3L * i);
			PeriodView period = this.progress.openPeriod(planId, month, month.atEndOfMonth(), true);
			int n = 0;
			for (var action : plan.actions().toList()) {
				long measure = action.measures().get(0).id();
				UpdateView update = this.progress.write(action.id(),
						new UpdateCommand(STATUSES[(n++ + i) % 4], null, "Done", "Next",
								Map.of(measure, BigDecimal.valueOf(40 + 10L * i))),
						office, null, true);
				if (i < 2) {
					this.progress.review(update.id(), n != 1, n != 1 ? null : "Show the evidence", board);
				}
			}
			if (i < 2) {
				this.progress.closePeriod(period.id(), this.progress.period(period.id()).version());
			}
		}
		return planId;
	}

}
