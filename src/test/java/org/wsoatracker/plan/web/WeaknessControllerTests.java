package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WeaknessControllerTests {

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

	SignedInPages pages;

	InspectionView inspection;

	WeaknessView first;

	WeaknessView second;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("WEAK"), "Weakness test area");
		this.inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(), List.of(new WeaknessDetails(1, "A lack of cohesive oversight."),
						new WeaknessDetails(2, "Joint commissioning is underdeveloped."))));
		this.first = this.inspection.weaknesses().get(0);
		this.second = this.inspection.weaknesses().get(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMayAddChangeOrDeleteWeaknesses(String email) throws Exception {
		assertThat(status(email, path("/weaknesses/new"))).isEqualTo(403);
		assertThat(status(email, weaknessPath(this.first, "/edit"))).isEqualTo(403);
		assertThat(status(email, weaknessPath(this.first, "/delete"))).isEqualTo(403);
		assertThat(this.pages.post(email, path("/weaknesses"), "number", "3", "text", "New").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.pages
			.post(email, weaknessPath(this.first, ""), "number", "1", "text", "Changed", "version", version())
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.pages.post(email, weaknessPath(this.first, "/delete"), "version", version())
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(stored()).containsExactly("1 A lack of cohesive oversight.",
				"2 Joint commissioning is underdeveloped.");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, path("/weaknesses"), "number", "3", "text", "New")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, weaknessPath(this.first, "/delete"), "version", version())
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(stored()).hasSize(2);
	}

	@Test
	void theAddFormSuggestsTheNextNumber() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, path("/weaknesses/new"));

		assertThat(page.title()).isEqualTo("Add an area of weakness – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("#number").val()).isEqualTo("3");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
	}

	@Test
	void emptySubmissionNamesEachField() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, path("/weaknesses"), "number", "", "text", " "));

		assertThat(page.title()).isEqualTo("Error: Add an area of weakness – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#number", "#text");
		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter the number of the area of weakness", "Enter the area of weakness");
		assertThat(stored()).hasSize(2);
	}

	@Test
	void aNumberThatIsNotAWholeNumberIsRefusedAndKept() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, path("/weaknesses"), "number", "three", "text",
				"Children are not involved."));

		assertThat(page.select("#number-error").text())
			.isEqualTo("Error: Number must be a whole number between 1 and 999");
		assertThat(page.select("#number").val()).isEqualTo("three");
		assertThat(page.select("textarea#text").val()).isEqualTo("Children are not involved.");
		assertThat(stored()).hasSize(2);
	}

	@Test
	void aNumberAlreadyUsedIsRefusedOnTheNumberField() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, path("/weaknesses"), "number", "2", "text",
				"Children are not involved."));

		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#number");
		assertThat(page.select("#number-error").text())
			.isEqualTo("Error: This inspection already has an area of weakness 2");
		assertThat(page.select("textarea#text").val()).isEqualTo("Children are not involved.");
		assertThat(stored()).hasSize(2);
	}

	@Test
	void anAddedWeaknessIsShownInNumberOrder() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, path("/weaknesses"), "number", "3", "text",
				"Children are not involved consistently.");

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Area of weakness added");
		assertThat(page.select("#weaknesses ~ dl .govuk-summary-list__key").eachText())
			.containsExactly("Area of weakness 1", "Area of weakness 2", "Area of weakness 3");
		assertThat(page.select("#weaknesses ~ dl .govuk-summary-list__value").last().text())
			.isEqualTo("Children are not involved consistently.");
		assertThat(stored()).containsExactly("1 A lack of cohesive oversight.",
				"2 Joint commissioning is underdeveloped.", "3 Children are not involved consistently.");
	}

	@Test
	void aChangeIsShownOnTheInspectionPage() throws Exception {
		assertThat(this.pages.page(Pages.ADMIN, weaknessPath(this.second, "/edit")).select("#number").val())
			.isEqualTo("2");

		MvcResult result = this.pages.post(Pages.ADMIN, weaknessPath(this.second, ""), "number", "5", "text",
				"Joint commissioning is weak.", "version", version());

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Area of weakness updated");
		assertThat(stored()).containsExactly("1 A lack of cohesive oversight.", "5 Joint commissioning is weak.");
	}

	@Test
	void aChangeMadeOnAStaleCopyIsRefusedAndWhatWasTypedIsKept() throws Exception {
		this.inspections.updateWeakness(this.inspection.id(), this.second.id(), this.inspection.version(),
				new WeaknessDetails(2, "Changed by someone else."));

		Document page = Pages.html(this.pages.post(Pages.ADMIN, weaknessPath(this.second, ""), "number", "2", "text",
				"My change.", "version", version()));

		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("Someone else changed this while you were editing it");
		assertThat(page.select("textarea#text").val()).isEqualTo("My change.");
		assertThat(stored()).contains("2 Changed by someone else.");
	}

	@Test
	void deletingAWeaknessNoPlanAnswersAsksFirstThenRemovesIt() throws Exception {
		Document confirm = this.pages.page(Pages.ADMIN, weaknessPath(this.second, "/delete"));

		assertThat(confirm.select("h1").text()).isEqualTo("Delete area of weakness 2?");
		assertThat(confirm.select("main button").text()).isEqualTo("Delete area of weakness");

		MvcResult result = this.pages.post(Pages.ADMIN, weaknessPath(this.second, "/delete"), "version", version());

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Area of weakness deleted");
		assertThat(stored()).containsExactly("1 A lack of cohesive oversight.");
	}

	@Test
	void aWeaknessAPlanAnswersCannotBeDeleted() throws Exception {
		String title = "Weakness test plan " + SignedInPages.unique("");
		this.plans.createPlan(new NewPlanCommand(this.inspection.id(),
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, title, PlanStatus.DRAFT, "YORK_SIX_STEP", null,
						null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Leadership", "A lack of cohesive oversight.", List.of(1), List.of()))));
		long version = this.inspections.inspection(this.inspection.id()).version();

		Document confirm = this.pages.page(Pages.ADMIN, weaknessPath(this.first, "/delete"));
		assertThat(confirm.select("h1").text()).isEqualTo("You cannot delete area of weakness 1");
		assertThat(confirm.select("main button")).isEmpty();
		assertThat(confirm.select("main li a").text()).isEqualTo("Area 1 of " + title);

		Document refused = Pages.html(this.pages.post(Pages.ADMIN, weaknessPath(this.first, "/delete"), "version",
				String.valueOf(version)));
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary__list li").text()).isEqualTo(
				"You cannot delete area of weakness 1 because area 1 of " + title
						+ " answers it. Change that area of the plan first.");
		assertThat(stored()).hasSize(2);

		assertThat(this.pages.page(Pages.BOARD, path("")).select("#plans ~ ul a").text()).isEqualTo(title);
	}

	private String version() {
		return String.valueOf(this.inspection.version());
	}

	private int status(String email, String path) throws Exception {
		return this.pages.get(email, path).getResponse().getStatus();
	}

	private List<String> stored() {
		return this.jdbc.queryForList(
				"select number || ' ' || text from inspection_weakness where inspection_id = ? order by number",
				String.class, this.inspection.id());
	}

	private String path(String rest) {
		return "/inspections/" + this.inspection.id() + rest;
	}

	private String weaknessPath(WeaknessView weakness, String rest) {
		return path("/weaknesses/" + weakness.id() + rest);
	}

}
