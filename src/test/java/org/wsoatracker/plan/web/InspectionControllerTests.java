package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class InspectionControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	SignedInPages pages;

	LocalAreaView area;

	InspectionView inspection;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.area = this.people.createLocalArea(SignedInPages.unique("INSP"), "Inspection test area");
		this.inspection = this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(new FindingDetails("Main findings", FindingKind.MAIN_FINDING, "Too little progress since 2014."),
						new FindingDetails("Identifying needs", FindingKind.STRENGTH, "SENCos are well trained."),
						new FindingDetails("Identifying needs", FindingKind.AREA_FOR_DEVELOPMENT,
								"Referral processes are slow."),
						new FindingDetails("Identifying needs", FindingKind.STRENGTH, "Early years pathways work.")),
				List.of(new WeaknessDetails(2, "Joint commissioning is underdeveloped."),
						new WeaknessDetails(1, "A lack of cohesive oversight."))));
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void theInspectionPageShowsItsDetailsWeaknessesAndFindingsGroupedByHeading(String email) throws Exception {
		Document page = this.pages.page(email, inspectionPath());

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text())
			.isEqualTo("Joint local area SEND inspection (2016 framework), Inspection test area (9 December 2019)");
		assertThat(page.select(".govuk-summary-list__key").eachText()).startsWith("Kind of inspection",
				"Inspection dates", "Outcome letter date", "Publication date", "Outcome");
		assertThat(page.select(".govuk-summary-list__value").eachText()).startsWith(
				"Joint local area SEND inspection (2016 framework)", "9 to 13 December 2019", "18 February 2020",
				"18 February 2020", "Written statement of action required");
		assertThat(page.select("#weaknesses ~ dl .govuk-summary-list__key").eachText())
			.containsExactly("Area of weakness 1", "Area of weakness 2");
		assertThat(page.select("#findings ~ section h3").eachText()).containsExactly("Main findings",
				"Identifying needs");
		assertThat(page.select("#findings ~ section").get(1).select("h4").eachText()).containsExactly("Strengths",
				"Areas for development");
		assertThat(page.select("#findings ~ section").get(1).select("ul").first().select("li > span.app-pre-line")
			.eachText()).containsExactly("SENCos are well trained.", "Early years pathways work.");
		assertThat(page.select("main").text()).contains("No plan answers this inspection yet.",
				"special educational needs and disabilities (SEND)", "written statement of action (WSOA)");
		assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/local-areas/" + this.area.id());
	}

	@Test
	void administratorsSeeTheLinksToChangeEverything() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, inspectionPath());

		assertThat(page.select("a[href=" + inspectionPath() + "/edit]")).hasSize(1);
		assertThat(page.select("a[href=" + inspectionPath() + "/findings/new]").text()).isEqualTo("Add a finding");
		assertThat(page.select("a[href=" + inspectionPath() + "/weaknesses/new]").text())
			.isEqualTo("Add an area of weakness");
		assertThat(page.select("a[href=" + inspectionPath() + "/archive]").text()).isEqualTo("Archive this inspection");
		assertThat(page.select("a[href=" + inspectionPath() + "/delete]").text()).isEqualTo("Delete this inspection");
		assertThat(page.select("a[href*=/weaknesses/][href$=/delete], a[href*=/findings/][href$=/delete]")).hasSize(6);
		assertThat(page.select("a[href*=/weaknesses/][href$=/delete]").first().text())
			.isEqualTo("Delete area of weakness 1");
	}

	@Test
	void othersSeeNoLinkToChangeAnything() throws Exception {
		Document page = this.pages.page(Pages.LEAD, inspectionPath());

		assertThat(page.select("main a[href$=/edit], main a[href$=/new], main a[href$=/delete]")).isEmpty();
	}

	@Test
	void yorksInspectionLinksToTheWrittenStatementThatAnswersIt() throws Exception {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		InspectionView yorks = this.inspections.inspections(york).get(0);

		Document page = this.pages.page(Pages.BOARD, "/inspections/" + yorks.id());

		assertThat(page.select("#plans ~ ul a").eachText()).contains("York written statement of action");
		assertThat(page.select("#weaknesses ~ dl .govuk-summary-list__row")).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void scrutinyCannotSeeAnInspectionAndAnUnknownOneIsNotFound() throws Exception {
		assertThat(this.pages.get(Pages.SCRUTINY, inspectionPath()).getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.get(Pages.ADMIN, "/inspections/987654321").getResponse().getStatus()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMayAddOrChangeAnInspection(String email) throws Exception {
		assertThat(this.pages.get(email, newPath()).getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.get(email, inspectionPath() + "/edit").getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.post(email, createPath(), valid()).getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.post(email, inspectionPath(), withVersion(valid())).getResponse().getStatus())
			.isEqualTo(403);

		assertThat(inspectionsInArea()).isEqualTo(1);
		assertThat(stored()).containsEntry("outcome", "WRITTEN_STATEMENT_REQUIRED");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, createPath(), valid()).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, inspectionPath(), withVersion(valid()))
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(inspectionsInArea()).isEqualTo(1);
		assertThat(stored()).containsEntry("outcome", "WRITTEN_STATEMENT_REQUIRED");
	}

	@Test
	void theAddFormIsEmptyWithRadiosAndDateInputs() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, newPath());

		assertThat(page.title()).isEqualTo("Add an inspection – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("input[name=framework]")).hasSize(4);
		assertThat(page.select("input[name=outcome]")).hasSize(5);
		assertThat(page.select("input[name=publicationDate.day]").attr("id")).isEqualTo("publicationDate");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
	}

	@Test
	void emptySubmissionNamesEachRequiredField() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, createPath()));

		assertThat(page.title()).isEqualTo("Error: Add an inspection – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#framework", "#startDate",
				"#endDate", "#outcome");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Select the kind of inspection",
				"Enter the date the inspection started", "Enter the date the inspection ended",
				"Select the outcome of the inspection");
		assertThat(inspectionsInArea()).isEqualTo(1);
	}

	@Test
	void datesThatAreNotRealAreRefusedAndKeptAsTyped() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, createPath(), "framework", "AREA_SEND_2023",
				"startDate.day", "29", "startDate.month", "4", "startDate.year", "2024", "endDate.day", "3",
				"endDate.month", "5", "endDate.year", "2024", "letterDate.day", "1", "letterDate.month", "13",
				"letterDate.year", "2024", "publicationDate.day", "31", "publicationDate.month", "2",
				"publicationDate.year", "2024", "outcome", "INCONSISTENT_EXPERIENCES"));

		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#letterDate",
				"#publicationDate");
		assertThat(page.select("#publicationDate-error").text())
			.isEqualTo("Error: Publication date must be a real date");
		assertThat(page.select("#letterDate-error").text()).isEqualTo("Error: Outcome letter date must be a real date");
		assertThat(page.select("#publicationDate").val()).isEqualTo("31");
		assertThat(page.select("#publicationDate-month").val()).isEqualTo("2");
		assertThat(page.select("#letterDate-month").val()).isEqualTo("13");
		assertThat(page.select("#startDate").val()).isEqualTo("29");
		assertThat(page.select("input[name=framework][checked]").val()).isEqualTo("AREA_SEND_2023");
		assertThat(page.select("input[name=outcome][checked]").val()).isEqualTo("INCONSISTENT_EXPERIENCES");
		assertThat(inspectionsInArea()).isEqualTo(1);
	}

	@Test
	void anEndBeforeTheStartAndATwoDigitYearAreRefused() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, createPath(), "framework", "AREA_SEND_2023",
				"startDate.day", "3", "startDate.month", "5", "startDate.year", "24", "endDate.day", "29",
				"endDate.month", "4", "endDate.year", "2024", "outcome", "POSITIVE_EXPERIENCES"));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Start date must be in a year between 2000 and 2100");

		page = Pages.html(this.pages.post(Pages.ADMIN, createPath(), "framework", "AREA_SEND_2023", "startDate.day",
				"3", "startDate.month", "5", "startDate.year", "2024", "endDate.day", "29", "endDate.month", "4",
				"endDate.year", "2024", "outcome", "POSITIVE_EXPERIENCES"));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("End date must be the same as or after the start date");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#endDate");
		assertThat(inspectionsInArea()).isEqualTo(1);
	}

	@Test
	void anAddedInspectionIsShownWithASuccessMessageAndListedOnTheArea() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, createPath(), "framework", "AREA_SEND_2023", "startDate.day",
				"29", "startDate.month", "4", "startDate.year", "2024", "endDate.day", "3", "endDate.month", "5",
				"endDate.year", "2024", "outcome", "INCONSISTENT_EXPERIENCES");

		long id = this.jdbc.queryForObject(
				"select id from inspection where local_area_id = ? and framework = 'AREA_SEND_2023'", Long.class,
				this.area.id());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inspections/" + id);
		assertThat(this.jdbc.queryForMap("select start_date, end_date, letter_date, publication_date, outcome "
				+ "from inspection where id = ?", id))
			.containsEntry("start_date", java.sql.Date.valueOf("2024-04-29"))
			.containsEntry("end_date", java.sql.Date.valueOf("2024-05-03"))
			.containsEntry("letter_date", null)
			.containsEntry("publication_date", null)
			.containsEntry("outcome", "INCONSISTENT_EXPERIENCES");
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Inspection added");
		assertThat(page.select(".govuk-summary-list__value").eachText()).startsWith(
				"Area SEND inspection (2023 framework)", "29 April to 3 May 2024", "Not recorded", "Not recorded",
				"Inconsistent experiences and outcomes");
		assertThat(this.pages.page(Pages.LEAD, "/local-areas/" + this.area.id()).select("a[href=/inspections/" + id + "]"))
			.hasSize(1);
	}

	@Test
	void theChangeFormIsFilledInAndCarriesTheVersion() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, inspectionPath() + "/edit");

		assertThat(page.select("h1").text()).isEqualTo("Change the inspection");
		assertThat(page.select("input[name=framework][checked]").val()).isEqualTo("JOINT_LOCAL_AREA_SEND_2016");
		assertThat(page.select("#startDate").val()).isEqualTo("9");
		assertThat(page.select("#startDate-month").val()).isEqualTo("12");
		assertThat(page.select("#publicationDate-year").val()).isEqualTo("2020");
		assertThat(page.select("input[name=outcome][checked]").val()).isEqualTo("WRITTEN_STATEMENT_REQUIRED");
		assertThat(page.select("input[type=hidden][name=version]").val())
			.isEqualTo(String.valueOf(this.inspection.version()));
	}

	@Test
	void aChangeIsShownOnTheInspectionPage() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, inspectionPath(), withVersion(valid()));

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(inspectionPath());
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Inspection updated");
		assertThat(page.select(".govuk-summary-list__value").eachText()).contains("20 March 2020",
				"No written statement of action required");
		assertThat(stored()).containsEntry("outcome", "NO_WRITTEN_STATEMENT");
	}

	@Test
	void aChangeMadeOnAStaleCopyIsRefusedAndWhatWasTypedIsKept() throws Exception {
		this.inspections.updateInspection(this.inspection.id(), this.inspection.version(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 19),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED));

		Document page = Pages.html(this.pages.post(Pages.ADMIN, inspectionPath(), withVersion(valid())));

		assertThat(page.title()).isEqualTo("Error: Change the inspection – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("Someone else changed this while you were editing it");
		assertThat(page.select("#publicationDate").val()).isEqualTo("20");
		assertThat(page.select("input[name=outcome][checked]").val()).isEqualTo("NO_WRITTEN_STATEMENT");
		assertThat(stored()).containsEntry("outcome", "WRITTEN_STATEMENT_REQUIRED")
			.containsEntry("publication_date", java.sql.Date.valueOf("2020-02-19"));
	}

	private String[] valid() {
		return new String[] { "framework", "JOINT_LOCAL_AREA_SEND_2016", "startDate.day", "9", "startDate.month", "12",
				"startDate.year", "2019", "endDate.day", "13", "endDate.month", "12", "endDate.year", "2019",
				"letterDate.day", "18", "letterDate.month", "2", "letterDate.year", "2020", "publicationDate.day", "20",
				"publicationDate.month", "3", "publicationDate.year", "2020", "outcome", "NO_WRITTEN_STATEMENT" };
	}

	private String[] withVersion(String[] fields) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
		all[fields.length] = "version";
		all[fields.length + 1] = String.valueOf(this.inspection.version());
		return all;
	}

	private Map<String, Object> stored() {
		return this.jdbc.queryForMap("select outcome, publication_date from inspection where id = ?",
				this.inspection.id());
	}

	private int inspectionsInArea() {
		return this.jdbc.queryForObject("select count(*) from inspection where local_area_id = ?", Integer.class,
				this.area.id());
	}

	private String inspectionPath() {
		return "/inspections/" + this.inspection.id();
	}

	private String newPath() {
		return "/local-areas/" + this.area.id() + "/inspections/new";
	}

	private String createPath() {
		return "/local-areas/" + this.area.id() + "/inspections";
	}

}
