package org.wsoatracker.people.web;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationDetails;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
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
class OrganisationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	SignedInPages pages;

	LocalAreaView area;

	OrganisationView council;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.area = this.people.createLocalArea(SignedInPages.unique("ORGS"), "Organisation test area");
		this.council = this.people.addOrganisation(this.area.id(), "TC", "Test Council", OrganisationKind.COUNCIL);
	}

	@Test
	void theAddFormOffersEveryKindAsRadios() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, newPath());

		assertThat(page.title()).isEqualTo("Add a partner organisation – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Organisation test area");
		assertThat(page.select("input[type=radio][name=kind]").eachAttr("value")).containsExactly("COUNCIL", "CCG",
				"ICB", "NHS_TRUST", "OTHER");
		assertThat(page.select("label[for=kind-2]").text()).isEqualTo("Clinical commissioning group (CCG)");
		assertThat(page.select("label[for=kind-3]").text()).isEqualTo("Integrated care board (ICB)");
		assertThat(page.select("input[name=version]")).isEmpty();
		assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo(areaPath());
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMayOpenTheFormsOrChangeAnything(String email) throws Exception {
		String code = SignedInPages.unique("N");

		assertThat(status(email, newPath())).isEqualTo(403);
		assertThat(status(email, editPath())).isEqualTo(403);
		assertThat(this.pages.post(email, areaPath() + "/organisations", "code", code, "name", "New", "kind", "ICB")
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.pages
			.post(email, updatePath(), "code", "TC", "name", "Renamed", "kind", "OTHER", "version",
					String.valueOf(this.council.version()))
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(organisationsWithCode(code)).isZero();
		assertThat(stored()).containsEntry("name", "Test Council").containsEntry("kind", "COUNCIL");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		String code = SignedInPages.unique("N");

		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, areaPath() + "/organisations", "code", code, "name", "New",
				"kind", "ICB").getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, updatePath(), "code", "TC", "name", "Renamed", "kind",
				"OTHER", "version", String.valueOf(this.council.version())).getResponse().getStatus()).isEqualTo(403);

		assertThat(organisationsWithCode(code)).isZero();
		assertThat(stored()).containsEntry("name", "Test Council");
	}

	@Test
	void emptySubmissionNamesEachFieldAndSavesNothing() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/organisations", "code", "", "name", ""));

		assertThat(page.title()).isEqualTo("Error: Add a partner organisation – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#code", "#name", "#kind");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the organisation's code",
				"Enter the organisation's name", "Select the kind of organisation");
		assertThat(page.select("#kind-error").text()).isEqualTo("Error: Select the kind of organisation");
		assertThat(page.select("#code-error").text()).isEqualTo("Error: Enter the organisation's code");
		assertThat(this.people.organisations(this.area.id())).hasSize(1);
	}

	@Test
	void whatWasTypedIsKeptWhenSomethingIsMissing() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/organisations", "code", "HNY ICB",
				"name", "", "kind", "ICB"));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the organisation's name");
		assertThat(page.select("#code").val()).isEqualTo("HNY ICB");
		assertThat(page.select("input[name=kind][value=ICB]").hasAttr("checked")).isTrue();
		assertThat(this.people.organisations(this.area.id())).hasSize(1);
	}

	@Test
	void aCodeAlreadyUsedInTheAreaIsRefusedOnTheCodeField() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/organisations", "code", "tc", "name",
				"Another council", "kind", "COUNCIL"));

		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#code");
		assertThat(page.select("#code-error").text())
			.isEqualTo("Error: There is already an organisation with the code tc in this local area");
		assertThat(page.select("#name").val()).isEqualTo("Another council");
		assertThat(this.people.organisations(this.area.id())).hasSize(1);
	}

	@Test
	void theSameCodeMayBeUsedInAnotherArea() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, areaPath() + "/organisations", "code", "CYC", "name",
				"City of York Council in a test area", "kind", "COUNCIL");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(areaPath());
		assertThat(this.people.findOrganisation(this.area.id(), "CYC")).isPresent();
	}

	@Test
	void anAddedOrganisationIsShownOnTheLocalAreaPage() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, areaPath() + "/organisations", "code", " HNY ICB ", "name",
				"NHS Humber and North Yorkshire ICB", "kind", "ICB");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(areaPath());
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Organisation added");
		assertThat(page.select("#organisations ~ :is(table, .app-table-scroll) tbody tr").eachText()).contains(
				"HNY ICB NHS Humber and North Yorkshire ICB Integrated care board (ICB) Change NHS Humber and North Yorkshire ICB");
		assertThat(this.people.findOrganisation(this.area.id(), "HNY ICB").orElseThrow().kind())
			.isEqualTo(OrganisationKind.ICB);
	}

	@Test
	void theChangeFormIsFilledInAndCarriesTheVersion() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, editPath());

		assertThat(page.select("h1").text()).isEqualTo("Change a partner organisation");
		assertThat(page.select("#code").val()).isEqualTo("TC");
		assertThat(page.select("#name").val()).isEqualTo("Test Council");
		assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("COUNCIL");
		assertThat(page.select("input[type=hidden][name=version]").val())
			.isEqualTo(String.valueOf(this.council.version()));
		assertThat(page.select("main form").attr("action")).isEqualTo(updatePath());
	}

	@Test
	void aChangeIsShownOnTheLocalAreaPage() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, updatePath(), "code", "TCC", "name", "Test City Council",
				"kind", "COUNCIL", "version", String.valueOf(this.council.version()));

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Organisation updated");
		assertThat(page.select("#organisations ~ :is(table, .app-table-scroll) tbody th").eachText()).containsExactly("TCC");
		assertThat(stored()).containsEntry("code", "TCC").containsEntry("name", "Test City Council");
	}

	@Test
	void aChangeToACodeTakenByAnotherOrganisationIsRefused() throws Exception {
		this.people.addOrganisation(this.area.id(), "ICB", "Test ICB", OrganisationKind.ICB);

		Document page = Pages.html(this.pages.post(Pages.ADMIN, updatePath(), "code", "ICB", "name", "Test Council",
				"kind", "COUNCIL", "version", String.valueOf(this.council.version())));

		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#code");
		assertThat(stored()).containsEntry("code", "TC");
	}

	@Test
	void aChangeMadeOnAStaleCopyIsRefusedAndWhatWasTypedIsKept() throws Exception {
		this.people.updateOrganisation(this.council.id(), this.council.version(),
				new OrganisationDetails("TC", "Changed by someone else", OrganisationKind.COUNCIL));

		Document page = Pages.html(this.pages.post(Pages.ADMIN, updatePath(), "code", "TC", "name", "My change",
				"kind", "OTHER", "version", String.valueOf(this.council.version())));

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("Someone else changed this while you were editing it");
		assertThat(page.select("#name").val()).isEqualTo("My change");
		assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("OTHER");
		assertThat(stored()).containsEntry("name", "Changed by someone else").containsEntry("kind", "COUNCIL");
	}

	@Test
	void anOrganisationOfAnotherAreaIsNotFoundThroughThisOne() throws Exception {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();

		assertThat(status(Pages.ADMIN, "/local-areas/" + york + "/organisations/" + this.council.id() + "/edit"))
			.isEqualTo(404);
		assertThat(this.pages.post(Pages.ADMIN, "/local-areas/" + york + "/organisations/" + this.council.id(), "code",
				"TC", "name", "Moved", "kind", "COUNCIL", "version", String.valueOf(this.council.version()))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(stored()).containsEntry("name", "Test Council");
	}

	private int status(String email, String path) throws Exception {
		return this.pages.get(email, path).getResponse().getStatus();
	}

	private Map<String, Object> stored() {
		return this.jdbc.queryForMap("select code, name, kind from organisation where id = ?", this.council.id());
	}

	private int organisationsWithCode(String code) {
		return this.jdbc.queryForObject("select count(*) from organisation where code = ?", Integer.class, code);
	}

	private String areaPath() {
		return "/local-areas/" + this.area.id();
	}

	private String newPath() {
		return areaPath() + "/organisations/new";
	}

	private String editPath() {
		return areaPath() + "/organisations/" + this.council.id() + "/edit";
	}

	private String updatePath() {
		return areaPath() + "/organisations/" + this.council.id();
	}

}
