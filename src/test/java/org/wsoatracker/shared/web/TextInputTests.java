package org.wsoatracker.shared.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that cannot be stored — control characters that no one types and PostgreSQL refuses, or more than anyone
 * writes — is refused on the form as the field's error, with the form shown again and nothing saved, never a failure.
 */
@IntegrationTest
class TextInputTests {

	private static final String MESSAGE = "This text cannot be saved: remove any hidden characters pasted with it, and"
			+ " keep it under 100,000 characters";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	SignedInPages pages;

	LocalAreaView area;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.area = this.people.createLocalArea(SignedInPages.unique("TXT"), "Text test area");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nul\u0000Council", "Bell\u0007Council", "Escape\u001b[31mCouncil", "Delete\u007fCouncil" })
	void controlCharactersAreRefusedOnTheField(String name) throws Exception {
		MvcResult result = addOrganisation(name);

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = Pages.html(result);
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(MESSAGE);
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#name");
		assertThat(page.select("#code").val()).isEqualTo("TXT");
		assertThat(organisations()).isZero();
	}

	@ParameterizedTest
	@ValueSource(ints = { TextInputAdvice.MAX_LENGTH + 1, 1_000_000 })
	void textLongerThanAnyoneWritesIsRefused(int length) throws Exception {
		Document page = Pages.html(addOrganisation("C".repeat(length)));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(MESSAGE);
		assertThat(organisations()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tab\tCouncil", "Line\nbreak Council", "Windows\r\nCouncil", "Conseil général d’Écosse ✓" })
	void tabsLineBreaksAndEveryLanguageAreKept(String name) throws Exception {
		MvcResult result = addOrganisation(name);

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select name from organisation where local_area_id = ?", String.class,
				this.area.id())).isEqualTo(name.strip());
	}

	private MvcResult addOrganisation(String name) throws Exception {
		return this.pages.post(Pages.ADMIN, "/local-areas/" + this.area.id() + "/organisations", "code", "TXT", "name",
				name, "kind", "COUNCIL");
	}

	private int organisations() {
		return this.jdbc.queryForObject("select count(*) from organisation where local_area_id = ?", Integer.class,
				this.area.id());
	}

}
