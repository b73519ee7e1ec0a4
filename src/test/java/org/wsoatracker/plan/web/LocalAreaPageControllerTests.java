package org.wsoatracker.plan.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LocalAreaPageControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	SignedInPages pages;

	LocalAreaView york;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.york = this.people.findLocalAreaByCode("YORK").orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void showsTheOrganisationsThePeopleInTheirTwoTablesAndTheInspections(String email) throws Exception {
		Document page = this.pages.page(email, yorkPath());

		assertThat(page.title()).isEqualTo("York – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("York");
		assertThat(page.select("#organisations ~ :is(table, .app-table-scroll)").first().select("thead th").eachText())
			.startsWith("Code", "Name", "Kind");
		assertThat(page.select("#organisations ~ :is(table, .app-table-scroll)").first().select("tbody tr").eachText())
			.anyMatch(row -> row.startsWith("CYC City of York Council Council"))
			.anyMatch(row -> row.startsWith("CCG NHS Vale of York Clinical Commissioning Group Clinical commissioning group (CCG)"));
		assertThat(page.select("h3.govuk-heading-m").eachText()).containsExactly("Strategic leaders",
				"Operational system leaders");
		assertThat(page.select("table:has(caption:containsOwn(Strategic leaders)) thead th").eachText())
			.startsWith("Initials", "Name", "Organisation", "Role", "Email");
		assertThat(page.select("table:has(caption:containsOwn(Strategic leaders)) tbody tr").eachText())
			.anyMatch(row -> row.startsWith("A.H Amanda Hatton CYC"));
		assertThat(page.select("table:has(caption:containsOwn(Operational system leaders)) tbody tr")).isNotEmpty();
		long inspectionId = this.inspections.inspections(this.york.id()).get(0).id();
		assertThat(page.select("a[href=/inspections/" + inspectionId + "]").text())
			.isEqualTo("Joint local area SEND inspection (2016 framework)");
		assertThat(page.select("#inspections ~ :is(table, .app-table-scroll) tbody tr").first().text()).contains("9 to 13 December 2019",
				"Written statement of action required");
	}

	@Test
	void spellsOutTheAbbreviationsItUses() throws Exception {
		String text = this.pages.page(Pages.BOARD, yorkPath()).select("main").text();

		assertThat(text).contains("special educational needs and disabilities (SEND)",
				"written statement of action (WSOA)", "Clinical commissioning group (CCG)");
	}

	@Test
	void administratorsSeeTheLinksToAddAndChange() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, yorkPath());

		assertThat(page.select("a[href=" + yorkPath() + "/organisations/new]").text())
			.isEqualTo("Add a partner organisation");
		assertThat(page.select("a[href=" + yorkPath() + "/people/new]").text()).isEqualTo("Add a person");
		assertThat(page.select("a[href=" + yorkPath() + "/inspections/new]").text()).isEqualTo("Add an inspection");
		assertThat(page.select("a[href~=^" + yorkPath() + "/organisations/\\d+/edit$]")).hasSizeGreaterThanOrEqualTo(6);
		assertThat(page.select("a[href~=^" + yorkPath() + "/people/\\d+/edit$]").first().text())
			.startsWith("Change ");
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD })
	void othersSeeNoLinkToAddOrChange(String email) throws Exception {
		Document page = this.pages.page(email, yorkPath());

		assertThat(page.select("main a[href$=/new], main a[href$=/edit]")).isEmpty();
		assertThat(page.select("main th:containsOwn(Change), main th span:containsOwn(Change)")).isEmpty();
	}

	@Test
	void scrutinyCannotSeeIt() throws Exception {
		assertThat(this.pages.get(Pages.SCRUTINY, yorkPath()).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void anUnknownAreaIsNotFound() throws Exception {
		assertThat(this.pages.get(Pages.ADMIN, "/local-areas/987654321").getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void anEmptyAreaSaysSoAndAsksForAnOrganisationBeforePeople() throws Exception {
		LocalAreaView empty = this.people.createLocalArea(SignedInPages.unique("EMPTY"), "Empty area");

		Document page = this.pages.page(Pages.ADMIN, "/local-areas/" + empty.id());

		assertThat(page.select("main table")).isEmpty();
		assertThat(page.select("main").text()).contains("No partner organisations have been added yet.",
				"No strategic leaders have been added yet.", "No operational system leaders have been added yet.",
				"No inspections have been added yet.", "Add a partner organisation before adding people.");
		assertThat(page.select("a[href$=/people/new]")).isEmpty();
	}

	private String yorkPath() {
		return "/local-areas/" + this.york.id();
	}

}
