package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.NewPlanCommand;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archiving, restoring and deleting a plan or an inspection, as the programme office does it: a page that asks to be
 * sure, then the change, read back from the database and from the lists, dashboards and pages each role sees. A
 * delete that would lose what refers to the record is refused with the reason and the offer to archive instead; no
 * other role, and no form without its token, changes anything.
 */
@IntegrationTest
class PlanLifeCycleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PlanService plans;

	@Autowired
	InspectionService inspections;

	@Autowired
	PeopleService people;

	@Autowired
	ProgressService progress;

	SignedInPages pages;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
	}

	@Test
	void anArchivedPlanLeavesTheListsStaysReadableAndComesBackWhenRestored() throws Exception {
		PlanView plan = this.testPlans.create();
		String path = "/plans/" + plan.id();
		assertThat(text(Pages.ADMIN, "/plans")).contains(plan.title());
		assertThat(text(Pages.BOARD, "/dashboard")).contains(plan.title());
		assertThat(text(Pages.LEAD, "/my-actions")).contains(plan.title());

		Document confirm = this.pages.page(Pages.ADMIN, path + "/archive");
		assertThat(confirm.title()).isEqualTo("Are you sure you want to archive this plan? – WSOA Tracker");
		assertThat(confirm.select("h1").eachText()).containsExactly("Are you sure you want to archive this plan?");
		assertThat(confirm.select(".govuk-caption-l").text()).isEqualTo(plan.title());
		assertThat(confirm.select("main li").eachText()).contains("it takes no new reporting periods or updates");
		assertThat(confirm.select("main form").attr("action")).isEqualTo(path + "/archive");
		assertThat(confirm.select("main form button").text()).isEqualTo("Archive plan");
		assertThat(archived("plan", plan.id())).isFalse();

		Document list = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, path + "/archive"));

		assertThat(list.select(".govuk-notification-banner__heading").text())
			.isEqualTo("Plan archived: it is under archived plans");
		assertThat(list.select("main").text()).doesNotContain(plan.title());
		assertThat(archived("plan", plan.id())).isTrue();
		assertThat(this.jdbc.queryForList("select account_email || ': ' || old_value || ' to ' || new_value "
				+ "from audit_event where entity = 'Plan' and entity_id = ? and field = 'archived' "
				+ "and operation = 'UPDATE'", String.class, plan.id()))
			.containsExactly(Pages.ADMIN + ": false to true");
		assertThat(text(Pages.BOARD, "/dashboard")).doesNotContain(plan.title());
		assertThat(text(Pages.LEAD, "/my-actions")).doesNotContain(plan.title());
		Document archivedPlans = this.pages.page(Pages.BOARD, "/plans/archived");
		assertThat(archivedPlans.select("h1").text()).isEqualTo("Archived plans");
		assertThat(archivedPlans.select("a[href=" + path + "]").text()).isEqualTo(plan.title());
		assertThat(archivedPlans.select("tr:has(a[href=" + path + "]) td").last().text()).isEqualTo("The plan");
		Document readable = this.pages.page(Pages.BOARD, path);
		assertThat(readable.select("#archived").text()).contains("This plan is archived");
		assertThat(readable.select("#archived button")).isEmpty();
		assertThat(this.pages.page(Pages.ADMIN, path).select("#archived button").text()).isEqualTo("Restore this plan");
		assertThat(this.pages.page(Pages.ADMIN, path).select("main a[href=" + path + "/archive]")).isEmpty();

		Document restored = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, path + "/restore"));

		assertThat(restored.select(".govuk-notification-banner__heading").text()).isEqualTo("Plan restored");
		assertThat(restored.select("#archived")).isEmpty();
		assertThat(archived("plan", plan.id())).isFalse();
		assertThat(text(Pages.ADMIN, "/plans")).contains(plan.title());
		assertThat(text(Pages.ADMIN, "/plans/archived")).doesNotContain(plan.title());
		assertThat(text(Pages.LEAD, "/my-actions")).contains(plan.title());
	}

	@Test
	void aPlanOnWhichNothingIsReportedIsDeletedWithItsActions() throws Exception {
		PlanView plan = this.testPlans.create();
		String path = "/plans/" + plan.id();

		Document confirm = this.pages.page(Pages.ADMIN, path + "/delete");
		assertThat(confirm.select("h1").eachText()).containsExactly("Are you sure you want to delete this plan?");
		assertThat(confirm.select(".govuk-warning-text").text()).contains("You cannot undo this.");
		assertThat(confirm.select("main form").attr("action")).isEqualTo(path + "/delete");

		Document list = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, path + "/delete"));

		assertThat(list.select(".govuk-notification-banner__heading").text()).isEqualTo("Plan deleted");
		assertThat(list.select("main").text()).doesNotContain(plan.title());
		assertThat(count("select count(*) from plan where id = ?", plan.id())).isZero();
		assertThat(count("select count(*) from plan_area where plan_id = ?", plan.id())).isZero();
		assertThat(count("select count(*) from plan_action where id = ?", plan.areas().get(0).actions().get(0).id()))
			.isZero();
		assertThat(count("select count(*) from audit_event where entity = 'Plan' and entity_id = ? "
				+ "and operation = 'DELETE' and account_email = '" + Pages.ADMIN + "'", plan.id())).isEqualTo(1);
		assertThat(this.pages.get(Pages.ADMIN, path).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPlanWithAReportingPeriodIsNotDeletedAndArchivingIsOffered() throws Exception {
		PlanView plan = this.testPlans.create();
		this.progress.openPeriod(plan.id(), YearMonth.of(2033, 1), LocalDate.of(2033, 2, 10), false);
		String path = "/plans/" + plan.id();

		assertRefused(this.pages.page(Pages.ADMIN, path + "/delete"), path);
		assertRefused(Pages.html(this.pages.post(Pages.ADMIN, path + "/delete")), path);

		assertThat(count("select count(*) from plan where id = ?", plan.id())).isEqualTo(1);
		assertThat(count("select count(*) from reporting_period where plan_id = ?", plan.id())).isEqualTo(1);
	}

	@Test
	void anArchivedInspectionTakesItsPlansOutOfTheListsUntilItIsRestored() throws Exception {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("ARCH"), "Archive test area");
		InspectionView inspection = inspection(area);
		long planId = plan(inspection, "Plan of an archived inspection " + SignedInPages.unique(""));
		String path = "/inspections/" + inspection.id();

		Document confirm = this.pages.page(Pages.ADMIN, path + "/archive");
		assertThat(confirm.select("h1").eachText())
			.containsExactly("Are you sure you want to archive this inspection?");
		assertThat(confirm.select(".govuk-caption-l").text()).isEqualTo(inspection.title());

		Document areaPage = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, path + "/archive"));

		assertThat(areaPage.select(".govuk-notification-banner__heading").text())
			.isEqualTo("Inspection archived: it is under archived inspections");
		assertThat(areaPage.select("h1").text()).isEqualTo("Archive test area");
		assertThat(areaPage.select("#archived-inspections").text()).isEqualTo("Archived inspections");
		assertThat(areaPage.select("table:has(caption:containsOwn(Archived inspections)) a").attr("href"))
			.isEqualTo(path);
		assertThat(areaPage.select("table:has(caption:matchesOwn(^Inspections of))")).isEmpty();
		assertThat(archived("inspection", inspection.id())).isTrue();
		String planTitle = this.plans.plan(planId).title();
		assertThat(text(Pages.ADMIN, "/plans")).doesNotContain(planTitle);
		Document archivedPlans = this.pages.page(Pages.ADMIN, "/plans/archived");
		assertThat(archivedPlans.select("tr:has(a[href=/plans/" + planId + "]) td").last().text())
			.isEqualTo("With its inspection");
		Document planPage = this.pages.page(Pages.ADMIN, "/plans/" + planId);
		assertThat(planPage.select("#archived").text()).contains("This plan's inspection is archived");
		assertThat(planPage.select("#archived button")).isEmpty();
		assertThat(this.pages.page(Pages.LEAD, path).select("#archived").text())
			.contains("This inspection is archived");

		Document restored = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, path + "/restore"));

		assertThat(restored.select(".govuk-notification-banner__heading").text()).isEqualTo("Inspection restored");
		assertThat(archived("inspection", inspection.id())).isFalse();
		assertThat(text(Pages.ADMIN, "/plans")).contains(planTitle);
		assertThat(this.pages.page(Pages.ADMIN, "/local-areas/" + area.id()).select("#archived-inspections")).isEmpty();
	}

	@Test
	void anInspectionIsDeletedWithItsFindingsAndWeaknessesOnceNoPlanAnswersIt() throws Exception {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("DEL"), "Delete test area");
		InspectionView inspection = inspection(area);
		String planTitle = "Plan answering " + SignedInPages.unique("");
		long planId = plan(inspection, planTitle);
		String path = "/inspections/" + inspection.id();

		Document refused = Pages.html(this.pages.post(Pages.ADMIN, path + "/delete"));

		assertThat(refused.select("h1").text()).isEqualTo("You cannot delete this inspection");
		assertThat(refused.select("#refusal").text())
			.isEqualTo("A plan answers this inspection: " + planTitle + ". Deleting the inspection would lose it.");
		assertThat(refused.select("main a.govuk-button").attr("href")).isEqualTo(path + "/archive");
		assertThat(count("select count(*) from inspection where id = ?", inspection.id())).isEqualTo(1);

		this.plans.deletePlan(planId);
		Document confirm = this.pages.page(Pages.ADMIN, path + "/delete");
		assertThat(confirm.select("h1").text()).isEqualTo("Are you sure you want to delete this inspection?");
		Document areaPage = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, path + "/delete"));

		assertThat(areaPage.select(".govuk-notification-banner__heading").text()).isEqualTo("Inspection deleted");
		assertThat(areaPage.select("a[href=" + path + "]")).isEmpty();
		assertThat(count("select count(*) from inspection where id = ?", inspection.id())).isZero();
		assertThat(count("select count(*) from inspection_finding where inspection_id = ?", inspection.id())).isZero();
		assertThat(count("select count(*) from inspection_weakness where inspection_id = ?", inspection.id())).isZero();
		assertThat(count("select count(*) from audit_event where entity = 'Inspection' and entity_id = ? "
				+ "and operation = 'DELETE'", inspection.id())).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsArchiveRestoreOrDelete(String email) throws Exception {
		PlanView plan = this.testPlans.create();
		InspectionView inspection = inspection(this.people.createLocalArea(SignedInPages.unique("ROLE"), "Role area"));

		for (String path : paths(plan, inspection)) {
			if (!path.endsWith("/restore")) {
				assertThat(this.pages.get(email, path).getResponse().getStatus()).as("GET %s", path).isEqualTo(403);
			}
			assertThat(this.pages.post(email, path).getResponse().getStatus()).as("POST %s", path).isEqualTo(403);
		}

		assertUnchanged(plan, inspection);
		assertThat(this.pages.get(email, "/plans/archived").getResponse().getStatus())
			.isEqualTo(email.equals(Pages.SCRUTINY) ? 403 : 200);
	}

	@Test
	void withoutTheFormsTokenNothingIsArchivedRestoredOrDeleted() throws Exception {
		PlanView plan = this.testPlans.create();
		InspectionView inspection = inspection(this.people.createLocalArea(SignedInPages.unique("CSRF"), "Token area"));

		for (String path : paths(plan, inspection)) {
			assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, path).getResponse().getStatus()).as("POST %s", path)
				.isEqualTo(403);
		}

		assertUnchanged(plan, inspection);
	}

	private static List<String> paths(PlanView plan, InspectionView inspection) {
		return List.of("/plans/" + plan.id() + "/archive", "/plans/" + plan.id() + "/restore",
				"/plans/" + plan.id() + "/delete", "/inspections/" + inspection.id() + "/archive",
				"/inspections/" + inspection.id() + "/restore", "/inspections/" + inspection.id() + "/delete");
	}

	private void assertUnchanged(PlanView plan, InspectionView inspection) {
		assertThat(archived("plan", plan.id())).isFalse();
		assertThat(archived("inspection", inspection.id())).isFalse();
		assertThat(count("select count(*) from audit_event where operation <> 'CREATE' and ((entity = 'Plan' "
				+ "and entity_id = ?) or (entity = 'Inspection' and entity_id = ?))", plan.id(), inspection.id()))
			.isZero();
	}

	private static void assertRefused(Document page, String path) {
		assertThat(page.select("h1").eachText()).containsExactly("You cannot delete this plan");
		assertThat(page.select("#refusal").text()).isEqualTo("This plan has been reported on: deleting it would lose "
				+ "its reporting periods, its progress history and what was published from it.");
		assertThat(page.select("main a.govuk-button").text()).isEqualTo("Archive this plan");
		assertThat(page.select("main a.govuk-button").attr("href")).isEqualTo(path + "/archive");
		assertThat(page.select("main form")).isEmpty();
	}

	private InspectionView inspection(LocalAreaView area) {
		return this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 3, 4),
						LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 4, 20),
						InspectionOutcome.INCONSISTENT_EXPERIENCES),
				List.of(new FindingDetails("Main findings", FindingKind.MAIN_FINDING, "Waits are too long.")),
				List.of(new WeaknessDetails(1, "Assessments are late."))));
	}

	private long plan(InspectionView inspection, String title) {
		return this.plans.createPlan(new NewPlanCommand(inspection.id(),
				new PlanDetails(PlanKind.STRATEGIC_PLAN_UPDATE, title, PlanStatus.DRAFT, "RAG_BLUE", null, null, null,
						null),
				List.of(), List.of(), List.of(), List.of()))
			.id();
	}

	private String text(String email, String path) throws Exception {
		return this.pages.page(email, path).select("main").text();
	}

	private boolean archived(String table, long id) {
		return this.jdbc.queryForObject("select archived from " + table + " where id = ?", Boolean.class, id);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

}
