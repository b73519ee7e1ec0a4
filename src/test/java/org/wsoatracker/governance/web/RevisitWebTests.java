package org.wsoatracker.governance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.governance.RiskDetails;
import org.wsoatracker.governance.RiskService;
import org.wsoatracker.governance.RiskStatus;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
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
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revisit recorded against a plan and its inspection, the inspectors' judgement of each area of weakness, and the
 * accelerated progress plan made from those judged not sufficient, carrying their areas and open actions with their
 * history; each address tried by every role.
 */
@IntegrationTest
class RevisitWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	RiskService risks;

	SignedInPages pages;

	InspectionView inspection;

	PlanView plan;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("REV"), "Revisit test area");
		this.jdbc.update("insert into account_local_area (account_id, local_area_id) select id, ? from account "
				+ "where email in (?, ?, ?, ?) on conflict do nothing", area.id(), Pages.ADMIN, Pages.BOARD,
				Pages.LEAD, Pages.SCRUTINY);
		this.inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(), List.of(new WeaknessDetails(1, "Leadership and governance."),
						new WeaknessDetails(2, "Joint commissioning."), new WeaknessDetails(3, "Co-production."),
						new WeaknessDetails(4, "EHC assessment and planning."))));
		long planId = this.plans.createPlan(new NewPlanCommand(this.inspection.id(),
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Revisit test WSOA", PlanStatus.ACCEPTED,
						"YORK_SIX_STEP", "SEND Improvement Board", null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Leadership", "Oversight", List.of(1), List.of(action("1.1"))),
						new AreaCommand(2, "Joint commissioning", "Commissioning", List.of(2),
								List.of(action("2.1"), action("2.2"))),
						new AreaCommand(3, "Co-production", "Co-production", List.of(3),
								List.of(action("3.1"), action("3.2"))),
						new AreaCommand(4, "EHC plans", "EHC plans", List.of(4), List.of(action("4.1"))))))
			.id();
		this.plan = this.plans.plan(planId);
		this.progress.openPeriod(planId, YearMonth.of(2020, 5), LocalDate.of(2020, 6, 5), true);
		Actor admin = new Actor(this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				Pages.ADMIN), "Programme office", true);
		report(admin, "2.1", "COMPLETED", "Framework agreed.");
		report(admin, "2.2", "PROGRESSING_BUT_DELAYED", "Commissioning framework drafted with the CCG.");
		report(admin, "3.1", "STARTED_BUT_DELAYED", "Parent carer forum relaunched.");
		report(admin, "3.2", "EMBEDDED", "Co-production charter in use.");
	}

	@Test
	void aRevisitIsRecordedAgainstThePlanAndItsInspectionAndReadBack() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, plansPath() + "/revisits", "kind", "REVISIT",
				"startDate.day", "14", "startDate.month", "11", "startDate.year", "2022", "endDate.day", "16",
				"endDate.month", "11", "endDate.year", "2022", "letterDate.day", "10", "letterDate.month", "1",
				"letterDate.year", "2023", "letterSummary", "Sufficient progress in two areas.");

		Map<String, Object> stored = this.jdbc.queryForMap("select * from revisit where plan_id = ?", this.plan.id());
		assertThat(stored).containsEntry("inspection_id", this.inspection.id())
			.containsEntry("kind", "REVISIT")
			.containsEntry("start_date", java.sql.Date.valueOf("2022-11-14"))
			.containsEntry("end_date", java.sql.Date.valueOf("2022-11-16"))
			.containsEntry("letter_date", java.sql.Date.valueOf("2023-01-10"))
			.containsEntry("letter_summary", "Sufficient progress in two areas.");
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(plansPath() + "/revisits/" + stored.get("id"));
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select("h1").text()).isEqualTo("Revisit, November 2022");
		assertThat(page.select("#judgements ~ :is(table, .app-table-scroll) tbody tr")).hasSize(4);
		assertThat(page.select("#judgements ~ :is(table, .app-table-scroll) tbody tr td:nth-of-type(1)").eachText()).containsOnly("Not judged yet");
	}

	@Test
	void aRevisitWithoutItsDatesIsRefusedOnEachFieldAndNothingIsSaved() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, plansPath() + "/revisits", "endDate.day", "1",
				"endDate.month", "1", "endDate.year", "2022", "startDate.day", "3", "startDate.month", "1",
				"startDate.year", "2022", "letterSummary", "Kept as typed"));

		assertThat(page.title()).isEqualTo("Error: Record a revisit – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#kind", "#endDate");
		assertThat(page.select("#endDate-error").text())
			.isEqualTo("Error: End date must be the same as or after the start date");
		assertThat(page.select("#letterSummary").text()).isEqualTo("Kept as typed");
		assertThat(revisits()).isZero();
	}

	@Test
	void anAcceleratedProgressPlanFromTwoWeaknessesJudgedNotSufficientCarriesExactlyTheirAreasAndOpenActions()
			throws Exception {
		String revisit = recordRevisit();
		judge(revisit, 1, "SUFFICIENT_PROGRESS", "Governance has improved.");
		judge(revisit, 2, "NOT_SUFFICIENT_PROGRESS", "Joint commissioning is still underdeveloped.");
		judge(revisit, 3, "NOT_SUFFICIENT_PROGRESS", "Co-production is not yet consistent.");
		judge(revisit, 4, "SUFFICIENT_PROGRESS", "EHC plans are better.");
		assertThat(this.jdbc.queryForList("select w.number || ' ' || j.judgement || ' ' || j.inspectors_words from "
				+ "revisit_judgement j join inspection_weakness w on w.id = j.weakness_id where j.revisit_id = ? "
				+ "order by w.number", String.class, Long.parseLong(revisit.substring(revisit.lastIndexOf('/') + 1))))
			.containsExactly("1 SUFFICIENT_PROGRESS Governance has improved.",
					"2 NOT_SUFFICIENT_PROGRESS Joint commissioning is still underdeveloped.",
					"3 NOT_SUFFICIENT_PROGRESS Co-production is not yet consistent.",
					"4 SUFFICIENT_PROGRESS EHC plans are better.");

		Document preview = this.pages.page(Pages.ADMIN, revisit + "/accelerated-progress-plan");
		assertThat(preview.select("table tbody th").eachText()).containsExactly("2.2", "3.1");
		assertThat(preview.select("main").text()).contains("Left behind as completed or embedded: 2.1",
				"Left behind as completed or embedded: 3.2");

		MvcResult made = this.pages.post(Pages.ADMIN, revisit + "/accelerated-progress-plan", "title",
				"Revisit test accelerated progress plan", "version", version(revisit));

		long next = this.jdbc.queryForObject("select next_plan_id from revisit where plan_id = ?", Long.class,
				this.plan.id());
		assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + next);
		assertThat(this.jdbc.queryForMap("select kind, status, inspection_id, title from plan where id = ?", next))
			.containsEntry("kind", "ACCELERATED_PROGRESS_PLAN")
			.containsEntry("status", "DRAFT")
			.containsEntry("inspection_id", this.inspection.id())
			.containsEntry("title", "Revisit test accelerated progress plan");
		assertThat(this.jdbc.queryForList("select pa.number || ' ' || pa.title || ' ' || w.number from plan_area pa "
				+ "join plan_area_weakness paw on paw.area_id = pa.id join inspection_weakness w on w.id = "
				+ "paw.weakness_id where pa.plan_id = ? order by pa.number", String.class, next))
			.containsExactly("2 Joint commissioning 2", "3 Co-production 3");
		assertThat(this.jdbc.queryForList("select a.number || ' from ' || old.number || ' of ' || oldarea.plan_id "
				+ "from plan_action a join plan_area pa on pa.id = a.area_id join plan_action old on old.id = "
				+ "a.carried_from_id join plan_area oldarea on oldarea.id = old.area_id where pa.plan_id = ? "
				+ "order by a.number", String.class, next))
			.containsExactly("2.2 from 2.2 of " + this.plan.id(), "3.1 from 3.1 of " + this.plan.id());

		long carried = this.jdbc.queryForObject("select a.id from plan_action a join plan_area pa on pa.id = "
				+ "a.area_id where pa.plan_id = ? and a.number = '2.2'", Long.class, next);
		Document action = this.pages.page(Pages.BOARD, "/plans/" + next + "/actions/" + carried);
		assertThat(action.select("#carried-from").text()).contains("action 2.2 of Revisit test WSOA");
		Document history = this.pages.page(Pages.BOARD, "/actions/" + carried + "/updates");
		assertThat(history.select("h2[id^=carried-from]").text())
			.isEqualTo("Before it was carried on here: action 2.2 of Revisit test WSOA");
		assertThat(history.select("main").text()).contains("Commissioning framework drafted with the CCG.",
				"Progressing but delayed");

		Document nextPage = this.pages.page(Pages.BOARD, "/plans/" + next);
		assertThat(nextPage.select("#trail ~ ol li").eachText()).containsExactly(
				"Inspection: " + this.inspection.title(),
				"Written statement of action (WSOA): Revisit test WSOA",
				"Revisit: Revisit, November 2022",
				"Accelerated progress plan: Revisit test accelerated progress plan (this plan)");
		assertThat(this.pages.page(Pages.LEAD, plansPath()).select("#trail ~ ol li").eachText())
			.containsExactly("Inspection: " + this.inspection.title(),
					"Written statement of action (WSOA): Revisit test WSOA (this plan)",
					"Revisit: Revisit, November 2022",
					"Accelerated progress plan: Revisit test accelerated progress plan");

		Document again = Pages.html(this.pages.post(Pages.ADMIN, revisit + "/accelerated-progress-plan", "title",
				"A second one", "version", version(revisit)));
		assertThat(again.select(".govuk-error-summary").text())
			.contains("An accelerated progress plan has already been made from this revisit");
		assertThat(this.jdbc.queryForObject("select count(*) from plan where inspection_id = ?", Integer.class,
				this.inspection.id())).isEqualTo(2);
	}

	@Test
	void aJudgementNeedsTheWordsAndTheJudgementAndNothingIsSavedWithout() throws Exception {
		String revisit = recordRevisit();
		String path = revisit + "/weaknesses/" + weaknessId(1) + "/judgement";

		Document page = Pages.html(this.pages.post(Pages.ADMIN, path, "version", version(revisit)));

		assertThat(page.title()).isEqualTo("Error: Judgement of area of weakness 1 – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#judgement",
				"#inspectorsWords");
		assertThat(this.jdbc.queryForObject("select count(*) from revisit_judgement", Integer.class)).isNotNegative();
		assertThat(this.jdbc.queryForObject("select count(*) from revisit_judgement j join revisit r on r.id = "
				+ "j.revisit_id where r.plan_id = ?", Integer.class, this.plan.id())).isZero();
	}

	@Test
	void aPlanWhoseWeaknessesAllMadeSufficientProgressIsClosedAndAnAreaReleasedFromMonitoring() throws Exception {
		String revisit = recordRevisit();
		for (int number = 1; number <= 4; number++) {
			judge(revisit, number, "SUFFICIENT_PROGRESS", "Sufficient " + number);
		}

		MvcResult released = this.pages.post(Pages.ADMIN, revisit + "/weaknesses/" + weaknessId(2) + "/release");
		assertThat(released.getResponse().getRedirectedUrl()).isEqualTo(revisit);
		assertThat(this.pages.page(Pages.BOARD, revisit).select("#judgements ~ :is(table, .app-table-scroll) tbody tr td:nth-of-type(3)")
			.eachText()).containsExactly("Monitored", "Released on " + java.time.format.DateTimeFormatter
				.ofPattern("d MMMM yyyy", java.util.Locale.UK)
				.format(LocalDate.now(java.time.ZoneId.of("Europe/London"))), "Monitored", "Monitored");
		assertThat(this.jdbc.queryForList("select released_from_monitoring is not null from revisit_judgement j join "
				+ "inspection_weakness w on w.id = j.weakness_id join revisit r on r.id = j.revisit_id where "
				+ "r.plan_id = ? order by w.number", Boolean.class, this.plan.id()))
			.containsExactly(false, true, false, false);

		this.pages.post(Pages.ADMIN, revisit + "/close-plan");
		assertThat(this.jdbc.queryForObject("select status from plan where id = ?", String.class, this.plan.id()))
			.isEqualTo("CLOSED");
	}

	@Test
	void theReadinessOfEachWeaknessComesFromTheProgressRecords() throws Exception {
		Document page = this.pages.page(Pages.BOARD, plansPath() + "/readiness");

		assertThat(page.select("h1").text()).isEqualTo("Readiness for the revisit");
		assertThat(page.select("#weakness-2 dd").eachText()).startsWith("2. Joint commissioning", "1 of 2", "1 of 1");
		assertThat(page.select("#weakness-3 dd").eachText()).startsWith("3. Co-production", "1 of 2", "1 of 1");
		assertThat(page.select("#weakness-3").text()).contains("Action 3.1");
		assertThat(page.select("#weakness-1 dd").eachText()).startsWith("1. Leadership", "0 of 1");
	}

	@Test
	void theRevisitIsOnThePlansDeadlinesCalendar() throws Exception {
		String revisit = recordRevisit();

		Document calendar = this.pages.page(Pages.BOARD, plansPath() + "/calendar");

		assertThat(calendar.select("tbody tr").eachText()).contains("14 November 2022 Revisit Revisit begins");
		assertThat(calendar.select("a:containsOwn(Revisit begins)").attr("href")).isEqualTo(revisit);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void readinessListsThePlansOpenRisksToThoseWhoReadTheRiskRegister(String email) throws Exception {
		long area = this.plan.localAreaId();
		long council = this.people.addOrganisation(area, "RC", "Risk Council", OrganisationKind.COUNCIL)
			.id();
		long owner = this.people
			.addPerson(area, new PersonDetails(council, "R.O", "Risk Owner", "Head of SEND", LeaderGroup.STRATEGIC,
					null, null))
			.id();
		this.risks.addRisk(this.plan.id(), new RiskDetails("Too few educational psychologists", "Vacancies",
				"Late advice", owner, "Agency cover", 4, 5, 8, LocalDate.of(2022, 10, 1), RiskStatus.OPEN));
		this.risks.addRisk(this.plan.id(), new RiskDetails("Closed risk", "Cause", "Consequence", owner,
				"Mitigations", 2, 2, 2, LocalDate.of(2022, 10, 1), RiskStatus.CLOSED));

		Document page = this.pages.page(email, plansPath() + "/readiness");

		if (email.equals(Pages.LEAD)) {
			assertThat(page.select("#open-risks")).isEmpty();
		}
		else {
			assertThat(page.select("#open-risks li").eachText())
				.containsExactly("Too few educational psychologists: score 20, Very high");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsRecordJudgeAndMakePlans(String email) throws Exception {
		String revisit = recordRevisit();
		String judgement = revisit + "/weaknesses/" + weaknessId(2) + "/judgement";
		for (String path : List.of(plansPath() + "/revisits/new", revisit + "/edit", judgement,
				revisit + "/accelerated-progress-plan")) {
			assertThat(this.pages.get(email, path).getResponse().getStatus()).as(path).isEqualTo(403);
		}
		for (String path : List.of(plansPath() + "/revisits", revisit, judgement,
				revisit + "/weaknesses/" + weaknessId(2) + "/release", revisit + "/close-plan",
				revisit + "/accelerated-progress-plan")) {
			assertThat(this.pages.post(email, path, "kind", "REVISIT", "judgement", "NOT_SUFFICIENT_PROGRESS",
					"inspectorsWords", "x", "title", "x", "version", version(revisit))
				.getResponse()
				.getStatus()).as(path).isEqualTo(403);
		}
		assertThat(revisits()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from revisit_judgement j join revisit r on r.id = "
				+ "j.revisit_id where r.plan_id = ?", Integer.class, this.plan.id())).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void theRevisitAndReadinessPagesAreReadByEveryoneWhoSeesThePlan(String email) throws Exception {
		String revisit = recordRevisit();

		Document page = this.pages.page(email, revisit);
		assertThat(page.select("h1").text()).isEqualTo("Revisit, November 2022");
		assertThat(page.select("main a[href$=/edit], main a[href$=/judgement]").isEmpty())
			.isEqualTo(!email.equals(Pages.ADMIN));
		assertThat(this.pages.page(email, plansPath() + "/readiness").select("h1").text())
			.isEqualTo("Readiness for the revisit");
	}

	@Test
	void theScrutinyCommitteeAndAnonymousPeopleSeeNone() throws Exception {
		String revisit = recordRevisit();
		for (String path : List.of(revisit, plansPath() + "/readiness")) {
			assertThat(this.pages.get(Pages.SCRUTINY, path).getResponse().getStatus()).isEqualTo(403);
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus())
				.isEqualTo(302);
		}
		assertThat(this.pages.get(Pages.ADMIN, plansPath() + "/revisits/987654321").getResponse().getStatus())
			.isEqualTo(404);
	}

	private String recordRevisit() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, plansPath() + "/revisits", "kind", "REVISIT",
				"startDate.day", "14", "startDate.month", "11", "startDate.year", "2022", "endDate.day", "16",
				"endDate.month", "11", "endDate.year", "2022");
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(plansPath() + "/revisits/");
		return location;
	}

	private void judge(String revisit, int number, String judgement, String words) throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, revisit + "/weaknesses/" + weaknessId(number) + "/judgement",
				"judgement", judgement, "inspectorsWords", words, "version", version(revisit));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(revisit);
	}

	private String version(String revisit) {
		return String.valueOf(this.jdbc.queryForObject("select version from revisit where id = ?", Long.class,
				Long.parseLong(revisit.substring(revisit.lastIndexOf('/') + 1))));
	}

	private long weaknessId(int number) {
		return this.inspection.weaknesses().stream().filter(w -> w.number() == number).findFirst().orElseThrow().id();
	}

	private int revisits() {
		return this.jdbc.queryForObject("select count(*) from revisit where plan_id = ?", Integer.class,
				this.plan.id());
	}

	private String plansPath() {
		return "/plans/" + this.plan.id();
	}

	private void report(Actor admin, String number, String status, String done) {
		long actionId = this.plan.actions().filter(a -> a.number().equals(number)).findFirst().orElseThrow().id();
		List<NewEvidence> evidence = status.equals("COMPLETED") || status.equals("EMBEDDED")
				? List.of(NewEvidence.link("Board minutes", "https://example.org/minutes")) : List.of();
		this.progress.write(actionId, new UpdateCommand(status, null, done, "Next", Map.of()), evidence, admin, null,
				true);
	}

	private static ActionDetails action(String number) {
		return new ActionDetails(number, "Outcome " + number, "Action " + number, PlanDate.parse("2020-02"),
				PlanDate.parse("2021-07"), null, List.of(), List.of(), List.of(), null, List.of());
	}

}
