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
import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.FindingView;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FindingControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	SignedInPages pages;

	InspectionView inspection;

	FindingView finding;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("FIND"), "Finding test area");
		this.inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 4, 29),
						LocalDate.of(2024, 5, 3), null, null, InspectionOutcome.INCONSISTENT_EXPERIENCES),
				List.of(new FindingDetails("What is the area partnership doing that is effective?",
						FindingKind.STRENGTH, "The parent carer forum is a valued strategic partner.")),
				List.of()));
		this.finding = this.inspection.findings().get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMayAddChangeOrDeleteFindings(String email) throws Exception {
		assertThat(status(email, path("/findings/new"))).isEqualTo(403);
		assertThat(status(email, findingPath("/edit"))).isEqualTo(403);
		assertThat(status(email, findingPath("/delete"))).isEqualTo(403);
		assertThat(this.pages.post(email, path("/findings"), valid()).getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.post(email, findingPath(""), withVersion(valid())).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.pages.post(email, findingPath("/delete"), "version", version()).getResponse().getStatus())
			.isEqualTo(403);

		assertThat(storedTexts()).containsExactly("The parent carer forum is a valued strategic partner.");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, path("/findings"), valid()).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, findingPath(""), withVersion(valid()))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, findingPath("/delete"), "version", version())
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(storedTexts()).containsExactly("The parent carer forum is a valued strategic partner.");
	}

	@Test
	void theAddFormListsTheHeadingsAlreadyUsed() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, path("/findings/new"));

		assertThat(page.title()).isEqualTo("Add a finding – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("details .govuk-details__text li").eachText())
			.containsExactly("What is the area partnership doing that is effective?");
		assertThat(page.select("input[name=kind]").eachAttr("value")).containsExactly("MAIN_FINDING", "STRENGTH",
				"AREA_FOR_DEVELOPMENT");
		assertThat(page.select("textarea#text")).hasSize(1);
	}

	@Test
	void emptySubmissionNamesEachField() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, path("/findings"), "heading", " ", "text", ""));

		assertThat(page.title()).isEqualTo("Error: Add a finding – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#heading", "#kind", "#text");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Enter the heading the finding is under", "Select the kind of finding", "Enter the finding");
		assertThat(page.select("#text-error").text()).isEqualTo("Error: Enter the finding");
		assertThat(storedTexts()).hasSize(1);
	}

	@Test
	void whatWasTypedIsKeptWhenSomethingIsMissing() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, path("/findings"), "heading", "", "kind",
				"AREA_FOR_DEVELOPMENT", "text", "Waiting times are too long.\nSome wait a year."));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter the heading the finding is under");
		assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("AREA_FOR_DEVELOPMENT");
		assertThat(page.select("textarea#text").val()).isEqualTo("Waiting times are too long.\nSome wait a year.");
		assertThat(storedTexts()).hasSize(1);
	}

	@Test
	void anAddedFindingIsShownUnderItsHeading() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, path("/findings"), "heading",
				"What does the area partnership need to do better?", "kind", "AREA_FOR_DEVELOPMENT", "text",
				"Quality assurance of EHC plans is not robust.");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(path(""));
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Finding added");
		assertThat(page.select("#findings ~ section h3").eachText()).containsExactly(
				"What is the area partnership doing that is effective?",
				"What does the area partnership need to do better?");
		assertThat(page.select("#findings ~ section").get(1).select("h4").text()).isEqualTo("Areas for development");
		assertThat(page.select("#findings ~ section").get(1).select("li > span.app-pre-line").text())
			.isEqualTo("Quality assurance of EHC plans is not robust.");
		assertThat(this.jdbc.queryForList("select heading || ' | ' || kind || ' | ' || text from inspection_finding "
				+ "where inspection_id = ? order by position", String.class, this.inspection.id()))
			.containsExactly(
					"What is the area partnership doing that is effective? | STRENGTH | The parent carer forum is a valued strategic partner.",
					"What does the area partnership need to do better? | AREA_FOR_DEVELOPMENT | Quality assurance of EHC plans is not robust.");
	}

	@Test
	void theChangeFormIsFilledInAndCarriesTheInspectionsVersion() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, findingPath("/edit"));

		assertThat(page.select("h1").text()).isEqualTo("Change a finding");
		assertThat(page.select("#heading").val()).isEqualTo("What is the area partnership doing that is effective?");
		assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("STRENGTH");
		assertThat(page.select("textarea#text").val()).isEqualTo("The parent carer forum is a valued strategic partner.");
		assertThat(page.select("input[type=hidden][name=version]").val()).isEqualTo(version());
	}

	@Test
	void aChangeIsShownOnTheInspectionPage() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, findingPath(""), withVersion(valid()));

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Finding updated");
		assertThat(page.select("#findings ~ section h3").eachText()).containsExactly("Main findings");
		assertThat(storedTexts()).containsExactly("Leaders know the area well.");
	}

	@Test
	void aChangeMadeWhileSomeoneElseChangedTheInspectionIsRefused() throws Exception {
		this.inspections.addFinding(this.inspection.id(),
				new FindingDetails("Main findings", FindingKind.MAIN_FINDING, "Added by someone else."));

		Document page = Pages.html(this.pages.post(Pages.ADMIN, findingPath(""), withVersion(valid())));

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("Someone else changed this while you were editing it");
		assertThat(page.select("textarea#text").val()).isEqualTo("Leaders know the area well.");
		assertThat(page.select("input[name=version]").val()).isNotEqualTo(version());
		assertThat(storedTexts()).containsExactly("The parent carer forum is a valued strategic partner.",
				"Added by someone else.");
	}

	@Test
	void deletingAsksFirstThenRemovesTheFinding() throws Exception {
		Document confirm = this.pages.page(Pages.ADMIN, findingPath("/delete"));

		assertThat(confirm.title()).isEqualTo("Delete this finding? – WSOA Tracker");
		assertThat(confirm.select("h1")).hasSize(1);
		assertThat(confirm.select(".govuk-summary-list__value").eachText()).containsExactly(
				"What is the area partnership doing that is effective?", "Strength",
				"The parent carer forum is a valued strategic partner.");
		assertThat(confirm.select("main form input[name=version]").val()).isEqualTo(version());
		assertThat(storedTexts()).hasSize(1);

		MvcResult result = this.pages.post(Pages.ADMIN, findingPath("/delete"), "version", version());

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Finding deleted");
		assertThat(page.select("main").text()).contains("No findings have been recorded.");
		assertThat(storedTexts()).isEmpty();
	}

	@Test
	void deletingOnAStaleCopyIsRefused() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, findingPath("/delete"), "version", "-7"));

		assertThat(page.title()).isEqualTo("Error: Delete this finding? – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("Someone else changed this while you were editing it");
		assertThat(storedTexts()).hasSize(1);
	}

	@Test
	void aFindingOfAnotherInspectionIsNotFound() throws Exception {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		InspectionView yorks = this.inspections.inspections(york).get(0);

		assertThat(status(Pages.ADMIN, "/inspections/" + yorks.id() + "/findings/" + this.finding.id() + "/edit"))
			.isEqualTo(404);
		assertThat(this.pages.post(Pages.ADMIN, "/inspections/" + yorks.id() + "/findings/" + this.finding.id()
				+ "/delete", "version", String.valueOf(yorks.version())).getResponse().getStatus()).isEqualTo(404);
		assertThat(storedTexts()).hasSize(1);
	}

	private String[] valid() {
		return new String[] { "heading", "Main findings", "kind", "MAIN_FINDING", "text", "Leaders know the area well." };
	}

	private String[] withVersion(String[] fields) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
		all[fields.length] = "version";
		all[fields.length + 1] = version();
		return all;
	}

	private String version() {
		return String.valueOf(this.inspection.version());
	}

	private int status(String email, String path) throws Exception {
		return this.pages.get(email, path).getResponse().getStatus();
	}

	private List<String> storedTexts() {
		return this.jdbc.queryForList("select text from inspection_finding where inspection_id = ? order by position",
				String.class, this.inspection.id());
	}

	private String path(String rest) {
		return "/inspections/" + this.inspection.id() + rest;
	}

	private String findingPath(String rest) {
		return path("/findings/" + this.finding.id() + rest);
	}

}
