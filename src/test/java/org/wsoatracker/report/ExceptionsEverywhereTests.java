package org.wsoatracker.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.dashboard.DashboardService;
import org.wsoatracker.dashboard.PlanDashboard;
import org.wsoatracker.dashboard.PlanHeadline;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
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
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule for exceptions and for a measure's trajectory: the same facts, fed through the services to a new local
 * area's plan, show the same exceptions with the same reasons in the same order on the plan's dashboard, the board
 * pack and the published report, as many as the board's headline counts; and each measure stands in the same place
 * against its trajectory on all three.
 */
@IntegrationTest
class ExceptionsEverywhereTests {

	static final String NO_UPDATE = "No update this period: the update for this period was due and has not been "
			+ "submitted";

	static final String AT_ODDS = "Rating at odds with the facts: rated on track although its end date has passed or a "
			+ "measure is behind its trajectory";

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	ReportService reports;

	@Autowired
	DashboardService dashboards;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvc mvc;

	SignedInPages pages;

	PlanView plan;

	PeriodView june;

	long reportId;

	/**
	 * Five actions in June 2020, a review point whose due date has passed: 1.1 rated red, 1.2 with only a draft (it
	 * has never had an update), 1.3 challenged by the board, 1.4 rated on track with its measure behind its
	 * trajectory, and 1.5 fine — although the board challenged its update for May, which is not this period.
	 */
	@BeforeEach
	void feedTheFacts() {
		this.pages = new SignedInPages(this.mvc);
		LocalAreaView area = this.people
			.createLocalArea(new LocalAreaDetails(SignedInPages.unique("EXC"), "Exceptions test area"));
		long inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2019, 11, 4),
						LocalDate.of(2019, 11, 8), LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 10),
						InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS),
				List.of(), List.of(new WeaknessDetails(1, "A lack of oversight"))))
			.id();
		List<ActionDetails> actions = List.of(action("1.1", null), action("1.2", null), action("1.3", null),
				action("1.4", "Annual reviews on time"), action("1.5", "Plans finalised in 20 weeks"));
		long planId = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.PRIORITY_ACTION_PLAN, "Exceptions plan " + area.code(), PlanStatus.ACCEPTED,
						"YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(YearMonth.of(2020, 5), YearMonth.of(2020, 6)), List.of(),
				List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1), actions))))
			.id();
		this.plan = this.plans.plan(planId);
		Actor office = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true);
		Actor chair = new Actor(this.accounts.findByEmail(Pages.BOARD).orElseThrow().id(), "Chair", false);

		PeriodView may = this.progress.openPeriod(planId, YearMonth.of(2020, 5), LocalDate.of(2020, 5, 31), true);
		this.progress.write(action("1.1").id(), onTrack(), office, null, true);
		long mayOf15 = this.progress.write(action("1.5").id(), onTrack(action("1.5"), "50"), office, null, true).id();
		this.progress.review(mayOf15, false, "Where are the May figures from?", chair);
		this.progress.closePeriod(may.id(), this.progress.period(may.id()).version());

		this.june = this.progress.openPeriod(planId, YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
		this.progress.write(action("1.1").id(),
				new UpdateCommand("STARTED_BUT_DELAYED", null, "Recruitment paused", "Recruit", Map.of()), office, null,
				true);
		this.progress.write(action("1.2").id(), onTrack(), office, null, false);
		long juneOf13 = this.progress.write(action("1.3").id(), onTrack(), office, null, true).id();
		this.progress.review(juneOf13, false, "The dates do not match the minutes", chair);
		// from 0 at the start of January to 100 by the end of December: about 50 is expected at the end of June
		this.progress.write(action("1.4").id(), onTrack(action("1.4"), "10"), office, null, true);
		long juneOf15 = this.progress.write(action("1.5").id(), onTrack(action("1.5"), "60"), office, null, true)
			.id();
		this.progress.review(juneOf15, true, null, chair);

		this.reportId = this.reports.publish(this.june.id(),
				new PublishCommand("Scrutiny Committee", "Assistant Director", null),
				this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office")
			.id();
	}

	@Test
	void theDashboardTheBoardPackAndThePublishedReportListTheSameExceptionsAsTheHeadlineCounts() throws Exception {
		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put("1.1", List.of("Rated Started but delayed (Red)"));
		expected.put("1.2", List.of(NO_UPDATE));
		expected.put("1.3", List.of("The board challenged the update for June 2020: The dates do not match the minutes"));
		expected.put("1.4", List.of(AT_ODDS));

		Map<String, List<String>> dashboard = dashboardExceptions();
		Map<String, List<String>> boardPack = paperExceptions(this.pages.page(Pages.BOARD,
				"/plans/" + this.plan.id() + "/periods/" + this.june.id() + "/board-pack"));
		Map<String, List<String>> report = paperExceptions(this.pages.page(Pages.BOARD, "/reports/" + this.reportId));

		assertThat(dashboard).containsExactlyEntriesOf(expected);
		assertThat(boardPack).containsExactlyEntriesOf(dashboard);
		assertThat(report).containsExactlyEntriesOf(dashboard);
		assertThat(headlineCount()).isEqualTo(dashboard.size());
	}

	@Test
	void theServicesAnswerWhatThePagesShow() {
		PlanDashboard dashboard = this.dashboards.dashboard(this.plan.id());
		List<ReportContent.ExceptionItem> boardPack = this.reports.boardPack(this.plan.id(), this.june.id(), "Office")
			.content()
			.exceptions();
		List<ReportContent.ExceptionItem> report = this.reports.report(this.reportId).content().exceptions();

		assertThat(dashboard.exceptions()).extracting(PlanDashboard.ExceptionRow::number)
			.containsExactly("1.1", "1.2", "1.3", "1.4");
		assertThat(boardPack).extracting(ReportContent.ExceptionItem::number, ReportContent.ExceptionItem::reasons)
			.containsExactlyElementsOf(dashboard.exceptions()
				.stream()
				.map(row -> org.assertj.core.groups.Tuple.tuple(row.number(), row.reasons()))
				.toList());
		assertThat(report).isEqualTo(boardPack);
		assertThat(this.dashboards.headlines(new AreaScope(Set.of(this.plan.localAreaId())))).filteredOn(headline -> headline.planId() == this.plan.id())
			.singleElement()
			.extracting(PlanHeadline::exceptions)
			.isEqualTo(dashboard.exceptions().size());
	}

	@Test
	void eachMeasureStandsInTheSamePlaceAgainstItsTrajectoryOnTheDashboardTheBoardPackAndTheReport()
			throws Exception {
		Document dashboard = this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard");
		Map<String, String> onDashboard = new LinkedHashMap<>();
		for (Element measure : dashboard.select("section.app-measure")) {
			String action = measure.selectFirst("h3").text().replaceAll("^Action (\\S+): .*$", "$1");
			Element june = measure.selectFirst("tbody tr[data-period='Jun 20']");
			onDashboard.put(action, june.select("td").get(0).text() + " " + june.select("td").get(1).text());
		}
		assertThat(onDashboard).containsExactly(Map.entry("1.4", "10 Behind"), Map.entry("1.5", "60 On track"));

		for (String path : List.of("/plans/" + this.plan.id() + "/periods/" + this.june.id() + "/board-pack",
				"/reports/" + this.reportId)) {
			Map<String, String> inPaper = new LinkedHashMap<>();
			for (Element row : this.pages.page(Pages.BOARD, path).select("#measures ~ :is(table, .app-table-scroll) tbody tr")) {
				inPaper.put(row.select("td").get(0).text(), row.select("td").get(5).text() + " "
						+ row.select("td").get(6).text());
			}
			assertThat(inPaper).as(path).containsExactlyEntriesOf(onDashboard);
		}
	}

	private Map<String, List<String>> dashboardExceptions() throws Exception {
		Map<String, List<String>> exceptions = new LinkedHashMap<>();
		for (Element row : this.pages.page(Pages.BOARD, "/plans/" + this.plan.id() + "/dashboard")
			.select("tr.app-exception")) {
			exceptions.put(row.selectFirst("th a span").text(), row.select("li").eachText());
		}
		return exceptions;
	}

	private static Map<String, List<String>> paperExceptions(Document paper) {
		Map<String, List<String>> exceptions = new LinkedHashMap<>();
		for (Element item : paper.select(".app-paper__exception")) {
			exceptions.put(item.selectFirst("h3").text().replaceAll("^Action (\\S+): .*$", "$1"),
					item.select("ul.govuk-list--bullet li").eachText());
		}
		return exceptions;
	}

	private int headlineCount() throws Exception {
		return this.pages.page(Pages.BOARD, "/dashboard")
			.select("tr.app-plan-headline")
			.stream()
			.filter(row -> row.select("a").text().equals(this.plan.title()))
			.findFirst()
			.map(row -> Integer.parseInt(row.select("td.govuk-table__cell--numeric").text()))
			.orElseThrow();
	}

	private ActionView action(String number) {
		return this.plan.actions().filter(action -> action.number().equals(number)).findFirst().orElseThrow();
	}

	private static ActionDetails action(String number, String measure) {
		return new ActionDetails(number, "Outcome of " + number, "Action " + number, PlanDate.parse("2020-01"),
				PlanDate.parse("2099-12"), null, List.of(), List.of(),
				measure == null ? List.of()
						: List.of(new MeasureDetails(measure, BigDecimal.ZERO, new BigDecimal("100"), null,
								YearMonth.of(2020, 12))),
				null, List.of());
	}

	private static UpdateCommand onTrack() {
		return new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next", Map.of());
	}

	private static UpdateCommand onTrack(ActionView action, String actual) {
		return new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next",
				Map.of(action.measures().get(0).id(), new BigDecimal(actual)));
	}

}
