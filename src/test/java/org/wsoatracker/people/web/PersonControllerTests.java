package org.wsoatracker.people.web;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PersonControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	SignedInPages pages;

	LocalAreaView area;

	OrganisationView council;

	OrganisationView icb;

	PersonView person;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.area = this.people.createLocalArea(SignedInPages.unique("PEOPLE"), "People test area");
		this.council = this.people.addOrganisation(this.area.id(), "TC", "Test Council", OrganisationKind.COUNCIL);
		this.icb = this.people.addOrganisation(this.area.id(), "ICB", "Test ICB", OrganisationKind.ICB);
		this.person = this.people.addPerson(this.area.id(), new PersonDetails(this.council.id(), "M.S", "Maxine Test",
				"Assistant Director", LeaderGroup.STRATEGIC, null, null));
	}

	@Test
	void theAddFormOffersTheAreasOrganisationsAndBothTables() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, newPath());

		assertThat(page.title()).isEqualTo("Add a person – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("select#organisation option").eachText()).containsExactly("Choose an organisation",
				"Test ICB (ICB)", "Test Council (TC)");
		assertThat(page.select("input[type=radio][name=group]").eachAttr("value")).containsExactly("STRATEGIC",
				"OPERATIONAL");
		assertThat(page.select("label[for=group-2]").text()).isEqualTo("Operational system leader");
		assertThat(page.select("#email").attr("type")).isEqualTo("email");
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMayOpenTheFormsOrChangeAnything(String email) throws Exception {
		assertThat(status(email, newPath())).isEqualTo(403);
		assertThat(status(email, editPath())).isEqualTo(403);
		assertThat(this.pages.post(email, areaPath() + "/people", valid("Z.Z")).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.pages.post(email, updatePath(), withVersion(valid("M.S"))).getResponse().getStatus())
			.isEqualTo(403);

		assertThat(peopleInArea()).isEqualTo(1);
		assertThat(stored()).containsEntry("name", "Maxine Test");
	}

	@Test
	void postsWithoutTheCsrfTokenAreRefused() throws Exception {
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, areaPath() + "/people", valid("Z.Z"))
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, updatePath(), withVersion(valid("M.S")))
			.getResponse()
			.getStatus()).isEqualTo(403);

		assertThat(peopleInArea()).isEqualTo(1);
		assertThat(stored()).containsEntry("name", "Maxine Test");
	}

	@Test
	void emptySubmissionNamesEachRequiredField() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/people", "initials", "", "name", "",
				"organisation", "", "roleTitle", "", "email", ""));

		assertThat(page.title()).isEqualTo("Error: Add a person – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#initials", "#name",
				"#organisation", "#roleTitle", "#group");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the person's initials",
				"Enter the person's name", "Select the person's organisation", "Enter the person's role",
				"Select whether the person is a strategic leader or an operational system leader");
		assertThat(page.select("#organisation-error").text()).isEqualTo("Error: Select the person's organisation");
		assertThat(page.select("#email-error")).isEmpty();
		assertThat(peopleInArea()).isEqualTo(1);
	}

	@Test
	void anEmailThatIsNotAnEmailIsRefusedAndEverythingTypedIsKept() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/people", "initials", "K.McN", "name",
				"Kay McNamara", "organisation", String.valueOf(this.icb.id()), "roleTitle", "Designated Clinical Officer",
				"group", "OPERATIONAL", "email", "kay.example.org"));

		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#email");
		assertThat(page.select("#email-error").text())
			.isEqualTo("Error: Enter an email address in the correct format, like name@example.org");
		assertThat(page.select("#initials").val()).isEqualTo("K.McN");
		assertThat(page.select("#name").val()).isEqualTo("Kay McNamara");
		assertThat(page.select("select#organisation option[selected]").val()).isEqualTo(String.valueOf(this.icb.id()));
		assertThat(page.select("#roleTitle").val()).isEqualTo("Designated Clinical Officer");
		assertThat(page.select("input[name=group][checked]").val()).isEqualTo("OPERATIONAL");
		assertThat(page.select("#email").val()).isEqualTo("kay.example.org");
		assertThat(peopleInArea()).isEqualTo(1);
	}

	@Test
	void anOrganisationOfAnotherAreaCannotBeChosen() throws Exception {
		long cyc = this.people.findOrganisation(this.people.findLocalAreaByCode("YORK").orElseThrow().id(), "CYC")
			.orElseThrow()
			.id();

		Document page = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/people", "initials", "Q.Q", "name",
				"Quentin", "organisation", String.valueOf(cyc), "roleTitle", "Officer", "group", "STRATEGIC"));

		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#organisation");
		assertThat(peopleInArea()).isEqualTo(1);
	}

	@Test
	void initialsAlreadyUsedInTheOrganisationAreRefusedButNotInAnother() throws Exception {
		Document refused = Pages.html(this.pages.post(Pages.ADMIN, areaPath() + "/people", "initials", "m.s", "name",
				"Mark Smith", "organisation", String.valueOf(this.council.id()), "roleTitle", "Head of Service",
				"group", "OPERATIONAL"));

		assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#initials");
		assertThat(refused.select("#initials-error").text())
			.isEqualTo("Error: Someone in TC already has the initials m.s");
		assertThat(refused.select("#name").val()).isEqualTo("Mark Smith");
		assertThat(peopleInArea()).isEqualTo(1);

		MvcResult accepted = this.pages.post(Pages.ADMIN, areaPath() + "/people", "initials", "M.S", "name",
				"Mark Smith", "organisation", String.valueOf(this.icb.id()), "roleTitle", "Head of Service", "group",
				"OPERATIONAL");
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(areaPath());
		assertThat(peopleInArea()).isEqualTo(2);
	}

	@Test
	void anAddedPersonIsShownInTheirTable() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, areaPath() + "/people", "initials", " K.McN ", "name",
				"Kay McNamara", "organisation", String.valueOf(this.icb.id()), "roleTitle", "Designated Clinical Officer",
				"group", "OPERATIONAL", "email", " kay@example.org ");

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(areaPath());
		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Person added");
		assertThat(rows(page, "Operational system leaders")).containsExactly(
				"K.McN Kay McNamara ICB Designated Clinical Officer kay@example.org Change Kay McNamara");
		assertThat(rows(page, "Strategic leaders"))
			.containsExactly("M.S Maxine Test TC Assistant Director Not recorded Change Maxine Test");
	}

	@Test
	void theChangeFormIsFilledInAndCarriesTheVersion() throws Exception {
		Document page = this.pages.page(Pages.ADMIN, editPath());

		assertThat(page.select("h1").text()).isEqualTo("Change a person");
		assertThat(page.select("#initials").val()).isEqualTo("M.S");
		assertThat(page.select("select#organisation option[selected]").val())
			.isEqualTo(String.valueOf(this.council.id()));
		assertThat(page.select("input[name=group][checked]").val()).isEqualTo("STRATEGIC");
		assertThat(page.select("input[type=hidden][name=version]").val())
			.isEqualTo(String.valueOf(this.person.version()));
	}

	@Test
	void aChangeIsShownInTheOtherTableWhenTheGroupChanges() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, updatePath(), "initials", "M.S", "name", "Maxine Test",
				"organisation", String.valueOf(this.icb.id()), "roleTitle", "Head of Commissioning", "group",
				"OPERATIONAL", "email", "", "version", String.valueOf(this.person.version()));

		Document page = this.pages.follow(Pages.ADMIN, result);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Person updated");
		assertThat(rows(page, "Operational system leaders")).containsExactly(
				"M.S Maxine Test ICB Head of Commissioning Not recorded Change Maxine Test");
		assertThat(rows(page, "Strategic leaders")).isEmpty();
		assertThat(stored()).containsEntry("leader_group", "OPERATIONAL")
			.containsEntry("organisation_id", this.icb.id());
	}

	@Test
	void aChangeMadeOnAStaleCopyIsRefusedAndWhatWasTypedIsKept() throws Exception {
		this.people.updatePerson(this.person.id(), this.person.version(), new PersonDetails(this.council.id(), "M.S",
				"Maxine Squire", "Assistant Director", LeaderGroup.STRATEGIC, null, null));

		Document page = Pages.html(this.pages.post(Pages.ADMIN, updatePath(), "initials", "M.S", "name", "My change",
				"organisation", String.valueOf(this.council.id()), "roleTitle", "Director", "group", "STRATEGIC",
				"email", "", "version", String.valueOf(this.person.version())));

		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("Someone else changed this while you were editing it");
		assertThat(page.select("#name").val()).isEqualTo("My change");
		assertThat(page.select("#roleTitle").val()).isEqualTo("Director");
		assertThat(stored()).containsEntry("name", "Maxine Squire");
	}

	@Test
	void aPersonOfAnotherAreaIsNotFoundThroughThisOne() throws Exception {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();

		assertThat(status(Pages.ADMIN, "/local-areas/" + york + "/people/" + this.person.id() + "/edit"))
			.isEqualTo(404);
	}

	private static java.util.List<String> rows(Document page, String caption) {
		return page.select("table:has(caption:containsOwn(" + caption + ")) tbody tr").eachText();
	}

	private String[] valid(String initials) {
		return new String[] { "initials", initials, "name", "Someone", "organisation", String.valueOf(this.council.id()),
				"roleTitle", "Officer", "group", "OPERATIONAL", "email", "" };
	}

	private String[] withVersion(String[] fields) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
		all[fields.length] = "version";
		all[fields.length + 1] = String.valueOf(this.person.version());
		return all;
	}

	private int status(String email, String path) throws Exception {
		return this.pages.get(email, path).getResponse().getStatus();
	}

	private Map<String, Object> stored() {
		return this.jdbc.queryForMap("select name, leader_group, organisation_id from person where id = ?",
				this.person.id());
	}

	private int peopleInArea() {
		return this.jdbc.queryForObject("select count(*) from person where local_area_id = ?", Integer.class,
				this.area.id());
	}

	private String areaPath() {
		return "/local-areas/" + this.area.id();
	}

	private String newPath() {
		return areaPath() + "/people/new";
	}

	private String editPath() {
		return areaPath() + "/people/" + this.person.id() + "/edit";
	}

	private String updatePath() {
		return areaPath() + "/people/" + this.person.id();
	}

}
