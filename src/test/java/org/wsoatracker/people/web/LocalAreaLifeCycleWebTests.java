package org.wsoatracker.people.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Archiving, restoring and deleting a local area: archived, it takes everything in it out of the lists, dashboards and
 * reporting until it is restored; it is deleted, with its partner organisations and people, only while no inspection
 * is recorded for it. Administrators only, each change read back from the database and the pages.
 */
@IntegrationTest
class LocalAreaLifeCycleWebTests {

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

	SignedInPages pages;

	LocalAreaView area;

	String path;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		String code = SignedInPages.unique("LIFE");
		this.area = this.people.createLocalArea(new LocalAreaDetails(code, "Life cycle area " + code));
		this.path = "/local-areas/" + this.area.id();
	}

	@Test
	void anArchivedLocalAreaTakesEverythingInItOutOfTheListsUntilItIsRestored() throws Exception {
		long planId = plan(inspection());
		String planTitle = this.plans.plan(planId).title();
		this.progress.openPeriod(planId, YearMonth.of(2025, 1), LocalDate.of(2025, 2, 10), false);
		assertThat(text(Pages.ADMIN, "/local-areas")).contains(this.area.name());
		assertThat(text(Pages.ADMIN, "/")).contains("Set up " + this.area.name());

		Document confirm = this.pages.page(Pages.ADMIN, this.path + "/archive");
		assertThat(confirm.select("h1").eachText())
			.containsExactly("Are you sure you want to archive this local area?");
		assertThat(confirm.select(".govuk-caption-l").text()).isEqualTo(this.area.name());
		assertThat(confirm.select("main form").attr("action")).isEqualTo(this.path + "/archive");

		Document list = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, this.path + "/archive"));

		assertThat(list.select(".govuk-notification-banner__heading").text())
			.isEqualTo("Local area archived: it is under archived local areas");
		assertThat(list.select("main").text()).doesNotContain(this.area.name());
		assertThat(archived()).isTrue();
		assertThat(this.jdbc.queryForList("select account_email || ': ' || old_value || ' to ' || new_value "
				+ "from audit_event where entity = 'LocalArea' and entity_id = ? and field = 'archived' "
				+ "and operation = 'UPDATE'", String.class, this.area.id()))
			.containsExactly(Pages.ADMIN + ": false to true");
		Document archivedAreas = this.pages.page(Pages.BOARD, "/local-areas/archived");
		assertThat(archivedAreas.select("main a[href=" + this.path + "]").text()).isEqualTo(this.area.name());
		assertThat(text(Pages.ADMIN, "/")).doesNotContain("Set up " + this.area.name());
		assertThat(text(Pages.ADMIN, "/plans")).doesNotContain(planTitle);
		assertThat(this.pages.page(Pages.ADMIN, "/plans/archived").select("tr:has(a[href=/plans/" + planId + "]) td")
			.last()
			.text()).isEqualTo("With its local area");
		Document areaPage = this.pages.page(Pages.ADMIN, this.path);
		assertThat(areaPage.select("#archived").text()).contains("This local area is archived");
		assertThat(areaPage.select("#archived button").text()).isEqualTo("Restore this local area");

		Document refused = Pages.html(this.pages.post(Pages.ADMIN, "/plans/" + planId + "/periods", "month.month",
				"2", "month.year", "2034", "dueDate.day", "10", "dueDate.month", "3", "dueDate.year", "2034"));
		assertThat(refused.select(".govuk-error-summary").text()).contains("This plan's local area is archived");
		assertThat(this.jdbc.queryForObject("select count(*) from reporting_period where plan_id = ?", Integer.class,
				planId)).isEqualTo(1);

		Document restored = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, this.path + "/restore"));

		assertThat(restored.select(".govuk-notification-banner__heading").text()).isEqualTo("Local area restored");
		assertThat(restored.select("#archived")).isEmpty();
		assertThat(archived()).isFalse();
		assertThat(text(Pages.ADMIN, "/local-areas")).contains(this.area.name());
		assertThat(text(Pages.ADMIN, "/plans")).contains(planTitle);
	}

	@Test
	void aLocalAreaWithNoInspectionIsDeletedWithItsOrganisationsAndPeople() throws Exception {
		OrganisationView council = this.people.addOrganisation(this.area.id(), "LC", "Life cycle council",
				OrganisationKind.COUNCIL);
		long person = this.people.addPerson(this.area.id(), new PersonDetails(council.id(), "L.C", "Lee Cole",
				"Head of SEND", LeaderGroup.OPERATIONAL, null, null))
			.id();

		Document confirm = this.pages.page(Pages.ADMIN, this.path + "/delete");
		assertThat(confirm.select("h1").eachText()).containsExactly("Are you sure you want to delete this local area?");
		assertThat(confirm.select("main li").eachText())
			.contains("the local area, its partner organisations and its people are deleted");

		Document list = this.pages.follow(Pages.ADMIN, this.pages.post(Pages.ADMIN, this.path + "/delete"));

		assertThat(list.select(".govuk-notification-banner__heading").text()).isEqualTo("Local area deleted");
		assertThat(list.select("main").text()).doesNotContain(this.area.name());
		assertThat(count("select count(*) from local_area where id = ?", this.area.id())).isZero();
		assertThat(count("select count(*) from organisation where id = ?", council.id())).isZero();
		assertThat(count("select count(*) from person where id = ?", person)).isZero();
		assertThat(count("select count(*) from audit_event where operation = 'DELETE' and ((entity = 'LocalArea' "
				+ "and entity_id = ?) or (entity = 'Organisation' and entity_id = ?) or (entity = 'Person' "
				+ "and entity_id = ?))", this.area.id(), council.id(), person)).isEqualTo(3);
	}

	@Test
	void aLocalAreaWithAnInspectionIsNotDeletedAndArchivingIsOffered() throws Exception {
		InspectionView inspection = inspection();

		for (Document page : List.of(this.pages.page(Pages.ADMIN, this.path + "/delete"),
				Pages.html(this.pages.post(Pages.ADMIN, this.path + "/delete")))) {
			assertThat(page.select("h1").eachText()).containsExactly("You cannot delete this local area");
			assertThat(page.select("#refusal").text()).isEqualTo(this.area.name()
					+ " has inspections recorded: deleting it would lose them, and the plans that answer them.");
			assertThat(page.select("main a.govuk-button").text()).isEqualTo("Archive this local area");
			assertThat(page.select("main a.govuk-button").attr("href")).isEqualTo(this.path + "/archive");
			assertThat(page.select("main form")).isEmpty();
		}

		assertThat(count("select count(*) from local_area where id = ?", this.area.id())).isEqualTo(1);
		assertThat(count("select count(*) from inspection where id = ?", inspection.id())).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsArchiveRestoreOrDelete(String email) throws Exception {
		for (String action : List.of("/archive", "/delete")) {
			assertThat(this.pages.get(email, this.path + action).getResponse().getStatus()).isEqualTo(403);
		}
		for (String action : List.of("/archive", "/restore", "/delete")) {
			assertThat(this.pages.post(email, this.path + action).getResponse().getStatus()).isEqualTo(403);
		}

		assertUnchanged();
		assertThat(this.pages.get(email, "/local-areas/archived").getResponse().getStatus())
			.isEqualTo(email.equals(Pages.SCRUTINY) ? 403 : 200);
	}

	@Test
	void withoutTheFormsTokenNothingIsArchivedRestoredOrDeleted() throws Exception {
		for (String action : List.of("/archive", "/restore", "/delete")) {
			assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, this.path + action).getResponse().getStatus())
				.isEqualTo(403);
		}

		assertUnchanged();
	}

	private void assertUnchanged() {
		assertThat(archived()).isFalse();
		assertThat(count("select count(*) from audit_event where entity = 'LocalArea' and entity_id = ? "
				+ "and operation <> 'CREATE'", this.area.id())).isZero();
	}

	private InspectionView inspection() {
		return this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 3, 4),
						LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 4, 20),
						InspectionOutcome.INCONSISTENT_EXPERIENCES),
				List.of(), List.of()));
	}

	private long plan(InspectionView inspection) {
		return this.plans.createPlan(new NewPlanCommand(inspection.id(),
				new PlanDetails(PlanKind.STRATEGIC_PLAN_UPDATE, "Plan of " + this.area.name(), PlanStatus.DRAFT,
						"RAG_BLUE", null, null, null, null),
				List.of(), List.of(), List.of(), List.of()))
			.id();
	}

	private String text(String email, String path) throws Exception {
		return this.pages.page(email, path).select("main").text();
	}

	private boolean archived() {
		return this.jdbc.queryForObject("select archived from local_area where id = ?", Boolean.class, this.area.id());
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

}
