package org.wsoatracker.people.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LocalAreaControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	SignedInPages pages;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void everyRoleButScrutinySeesTheListWithLinks(String email) throws Exception {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();

		Document page = this.pages.page(email, "/local-areas");

		assertThat(page.title()).isEqualTo("Local areas – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Local areas");
		assertThat(page.select("table a[href=/local-areas/" + york + "]").text()).isEqualTo("York");
		assertThat(page.select("table tbody tr").eachText()).contains("North Yorkshire NORTH_YORKSHIRE");
		assertThat(page.select("nav.app-nav a[aria-current=page]").text()).isEqualTo("Local areas");
		assertThat(page.select("a[href=/local-areas/new]").isEmpty()).isEqualTo(!email.equals(Pages.ADMIN));
	}

	@Test
	void scrutinyCannotSeeLocalAreasNorTheirLink() throws Exception {
		assertThat(this.pages.get(Pages.SCRUTINY, "/local-areas").getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.get(Pages.SCRUTINY, "/local-areas/new").getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.page(Pages.SCRUTINY, "/").select("nav.app-nav a").eachText())
			.doesNotContain("Local areas");
		assertThat(this.pages.page(Pages.BOARD, "/").select("nav.app-nav a").eachText()).contains("Local areas");
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMayAddALocalArea(String email) throws Exception {
		String code = SignedInPages.unique("AREA");

		assertThat(this.pages.get(email, "/local-areas/new").getResponse().getStatus()).isEqualTo(403);
		MvcResult result = this.pages.post(email, "/local-areas", "name", "Not allowed", "code", code);

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(areasWithCode(code)).isZero();
	}

	@Test
	void addingWithoutTheCsrfTokenIsRefused() throws Exception {
		String code = SignedInPages.unique("AREA");

		MvcResult result = this.pages.postWithoutCsrf(Pages.ADMIN, "/local-areas", "name", "Forged", "code", code);

		assertThat(result.getResponse().getStatus()).isEqualTo(403);
		assertThat(areasWithCode(code)).isZero();
	}

	@Test
	void emptyFormHasOneHeadingAndNoErrors() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, "/local-areas/new");

		assertThat(page.title()).isEqualTo("Add a local area – WSOA Tracker");
		assertThat(page.select("h1").text()).isEqualTo("Add a local area");
		assertThat(page.select(".govuk-error-summary")).isEmpty();
		assertThat(page.select("form[action=/local-areas] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/local-areas");
	}

	@Test
	void emptySubmissionNamesEachField() throws Exception {
		long before = count();

		Document page = Pages.html(this.pages.post(Pages.ADMIN, "/local-areas", "name", " ", "code", ""));

		assertThat(page.title()).isEqualTo("Error: Add a local area – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name", "#code");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the local area's name",
				"Enter the local area's code");
		assertThat(page.select("#code-error").text()).isEqualTo("Error: Enter the local area's code");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void tooLongCodeIsRefusedAndWhatWasTypedIsKept() throws Exception {
		String code = "X".repeat(41);

		Document page = Pages.html(this.pages.post(Pages.ADMIN, "/local-areas", "name", "Long <b>area</b>", "code", code));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Code must be 40 characters or fewer");
		assertThat(page.select("#name").val()).isEqualTo("Long <b>area</b>");
		assertThat(page.select("#code").val()).isEqualTo(code);
		assertThat(areasWithCode(code)).isZero();
	}

	@Test
	void aCodeAlreadyUsedIsRefusedWhateverItsCase() throws Exception {
		long before = count();

		Document page = Pages.html(this.pages.post(Pages.ADMIN, "/local-areas", "name", "Another York", "code", "york"));

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#code");
		assertThat(page.select("#code-error").text())
			.isEqualTo("Error: There is already a local area with the code york");
		assertThat(page.select("#name").val()).isEqualTo("Another York");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anAddedLocalAreaIsShownWithASuccessMessageAndListed() throws Exception {
		String code = SignedInPages.unique("AREA");

		MvcResult result = this.pages.post(Pages.ADMIN, "/local-areas", "name", " Testshire " + code, "code", code);

		long id = this.jdbc.queryForObject("select id from local_area where code = ?", Long.class, code);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/local-areas/" + id);
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner--success .govuk-notification-banner__heading").text())
			.isEqualTo("Local area added");
		assertThat(page.select("h1").text()).isEqualTo("Testshire " + code);
		assertThat(this.pages.page(Pages.LEAD, "/local-areas").select("a[href=/local-areas/" + id + "]").text())
			.isEqualTo("Testshire " + code);
	}

	private int areasWithCode(String code) {
		return this.jdbc.queryForObject("select count(*) from local_area where code = ?", Integer.class, code);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from local_area", Long.class);
	}

}
