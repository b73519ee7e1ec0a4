package org.wsoatracker.shared.web;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Renders every GOV.UK component fragment on a test form and checks the markup and aria wiring they own.
 */
@IntegrationTest
class GovukComponentsTests {

	@Autowired
	MockMvc mvc;

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		this.session = Pages.signIn(this.mvc, Pages.ADMIN);
	}

	@Test
	void formWithoutErrorsHasNoErrorMarkup() throws Exception {
		Document page = page();

		assertThat(page.title()).isEqualTo("Components – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary, .govuk-error-message, .govuk-form-group--error")).isEmpty();
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("#name").attr("aria-describedby")).isEqualTo("name-hint");
		assertThat(page.select("#description").hasAttr("aria-describedby")).isFalse();
		assertThat(page.select("a.govuk-back-link").attr("href")).isEqualTo("/");
		assertThat(page.select(".govuk-back-link + main, .govuk-width-container > .govuk-back-link")).isNotEmpty();
	}

	@Test
	void inputLabelHintAndErrorAreWiredTogether() throws Exception {
		Document page = submitEmpty();

		Element input = page.selectFirst("input#name");
		assertThat(input.attr("name")).isEqualTo("name");
		assertThat(input.hasClass("govuk-input--error")).isTrue();
		assertThat(input.attr("aria-describedby")).isEqualTo("name-hint name-error");
		assertThat(page.select("label[for=name]").text()).isEqualTo("Name");
		assertThat(page.select("#name-hint").text()).isEqualTo("As the plan writes it");
		assertThat(page.select("#name-error").text()).isEqualTo("Error: Enter a name");
		assertThat(page.select("#name-error .govuk-visually-hidden").text()).isEqualTo("Error:");
		assertThat(input.parent().hasClass("govuk-form-group--error")).isTrue();
	}

	@Test
	void errorSummaryLinksToTheFirstInputOfEachField() throws Exception {
		Document page = submitEmpty();

		assertThat(page.title()).isEqualTo("Error: Components – WSOA Tracker");
		Element summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary.select("[role=alert]")).hasSize(1);
		assertThat(summary.select(".govuk-error-summary__title").text()).isEqualTo("There is a problem");
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#name", "#description", "#scale",
				"#partners", "#organisation", "#start");
		for (String href : summary.select("a").eachAttr("href")) {
			assertThat(page.select(href)).as("target of %s", href).hasSize(1);
			assertThat(page.selectFirst(href).tagName()).isIn("input", "textarea", "select");
		}
	}

	@Test
	void textareaKeepsItsTextAndShowsItsError() throws Exception {
		Document page = submit("name", "<script>alert(1)</script>");

		assertThat(page.select("#name").val()).isEqualTo("<script>alert(1)</script>");
		assertThat(page.select("script:containsData(alert)")).isEmpty();
		assertThat(page.select("textarea#description").attr("aria-describedby")).isEqualTo("description-error");
		assertThat(page.select("#description-error").text()).isEqualTo("Error: Enter a description");
	}

	@Test
	void radiosGiveTheFirstItemTheFieldIdAndKeepTheChoice() throws Exception {
		Document page = submit("scale", "RAG");

		assertThat(page.select("input[type=radio][name=scale]").eachAttr("id")).containsExactly("scale", "scale-2");
		assertThat(page.select("input#scale-2").hasAttr("checked")).isTrue();
		assertThat(page.select("input#scale").attr("aria-describedby")).isEqualTo("scale-item-hint");
		assertThat(page.select("label[for=scale-2]").text()).isEqualTo("Red, amber, green and blue");
		Element fieldset = page.selectFirst("input#scale").closest("fieldset");
		assertThat(fieldset.select("legend").text()).isEqualTo("Progress scale");
		assertThat(fieldset.attr("aria-describedby")).isEqualTo("scale-hint");

		Document empty = submitEmpty();
		assertThat(empty.selectFirst("input#scale").closest("fieldset").attr("aria-describedby"))
			.isEqualTo("scale-hint scale-error");
	}

	@Test
	void checkboxesKeepEveryChoice() throws Exception {
		Document page = page(post("/test/components").param("partners", "CYC", "CCG"));

		assertThat(page.select("input[type=checkbox][name=partners]").eachAttr("id")).containsExactly("partners",
				"partners-2");
		assertThat(page.select("input[name=partners][checked]")).hasSize(2);
		assertThat(page.select("#partners-error")).isEmpty();
	}

	@Test
	void selectKeepsTheChoiceAndShowsItsError() throws Exception {
		Document chosen = submit("organisation", "TEWV");
		assertThat(chosen.select("select#organisation option[selected]").val()).isEqualTo("TEWV");

		Document empty = submitEmpty();
		assertThat(empty.select("select#organisation").attr("aria-describedby")).isEqualTo("organisation-error");
		assertThat(empty.select("select#organisation option").first().text()).isEqualTo("Choose an organisation");
	}

	@Test
	void dateInputKeepsWhatWasTypedAndLinksErrorsToTheDay() throws Exception {
		Document page = page(post("/test/components").param("start.day", "31")
			.param("start.month", "2")
			.param("start.year", "2020"));

		assertThat(page.select("#start").attr("name")).isEqualTo("start.day");
		assertThat(page.select("#start").val()).isEqualTo("31");
		assertThat(page.select("#start-month").val()).isEqualTo("2");
		assertThat(page.select("#start-year").val()).isEqualTo("2020");
		assertThat(page.select("#start-error").text()).isEqualTo("Error: Start date must be a real date");
		assertThat(page.select("#start, #start-month, #start-year").hasClass("govuk-input--error")).isTrue();
		assertThat(page.selectFirst("#start").closest("fieldset").attr("role")).isEqualTo("group");
		assertThat(page.selectFirst("#start").closest("fieldset").attr("aria-describedby"))
			.isEqualTo("start-hint start-error");
	}

	@Test
	void summaryListTableTagAndBannerRenderTheirText() throws Exception {
		Document page = page();

		assertThat(page.select(".govuk-summary-list__key").eachText()).containsExactly("Plan", "Deadline");
		assertThat(page.select(".govuk-summary-list__actions a").text()).isEqualTo("Change plan");
		assertThat(page.select(".govuk-summary-list__row--no-actions")).hasSize(1);
		assertThat(page.select("table.govuk-table caption").text()).isEqualTo("Actions");
		assertThat(page.select("table.govuk-table th[scope=col]").eachText()).containsExactly("Action", "Status");
		assertThat(page.select("table.govuk-table tbody th[scope=row]").eachText()).containsExactly("1.1", "1.2");
		assertThat(page.select("table.govuk-table tbody td").eachText()).contains("<b>bold</b>");
		assertThat(page.select("table.govuk-table b")).isEmpty();
		assertThat(page.select("strong.govuk-tag.govuk-tag--orange").text()).isEqualTo("Amber/Red");
		assertThat(page.select(".govuk-notification-banner[role=region]").attr("aria-labelledby"))
			.isEqualTo("govuk-notification-banner-title");
		assertThat(page.select(".govuk-notification-banner__heading").text())
			.isEqualTo("Reporting period May 2020 is open");
		assertThat(page.select("button.govuk-button[data-prevent-double-click=true]").text()).isEqualTo("Save");
		assertThat(page.select(".govuk-pagination a[rel=next]").attr("href")).isEqualTo("/test/components?page=3");
	}

	@Test
	void taskListLinksEachTaskThatCanStartAndDescribesItByItsHintAndStatus() throws Exception {
		Document page = page();

		assertThat(page.select("ul.govuk-task-list > li.govuk-task-list__item")).hasSize(3);
		Element completed = page.select("ul.govuk-task-list > li").get(0);
		assertThat(completed.hasClass("govuk-task-list__item--with-link")).isTrue();
		Element link = completed.selectFirst(".govuk-task-list__name-and-hint > a.govuk-link.govuk-task-list__link");
		assertThat(link.attr("href")).isEqualTo("/test/people");
		assertThat(link.text()).isEqualTo("Add people");
		assertThat(link.attr("aria-describedby")).isEqualTo("task-people-hint task-people-status");
		assertThat(page.select("#task-people-hint.govuk-task-list__hint").text()).isEqualTo("At least one person");
		assertThat(page.select("#task-people-status.govuk-task-list__status").text()).isEqualTo("Completed");
		assertThat(page.select("#task-people-status strong")).isEmpty();

		Element notStarted = page.select("ul.govuk-task-list > li").get(1);
		assertThat(notStarted.select("a").attr("aria-describedby")).isEqualTo("task-plan-status");
		assertThat(notStarted.select(".govuk-task-list__hint")).isEmpty();
		// blue is GOV.UK Frontend 6's default tag: no modifier class
		assertThat(page.select("#task-plan-status strong.govuk-tag").text()).isEqualTo("Not started");
		assertThat(page.select("#task-plan-status strong.govuk-tag").attr("class")).isEqualTo("govuk-tag");

		Element cannotStart = page.select("ul.govuk-task-list > li").get(2);
		assertThat(cannotStart.hasClass("govuk-task-list__item--with-link")).isFalse();
		assertThat(cannotStart.select("a")).isEmpty();
		assertThat(cannotStart.select(".govuk-task-list__name-and-hint > div").first().text()).isEqualTo("Open a period");
		assertThat(page.select("#task-period-status").hasClass("govuk-task-list__status--cannot-start-yet")).isTrue();
		assertThat(page.select("#task-period-status").text()).isEqualTo("Cannot start yet");
	}

	private Document page() throws Exception {
		return Pages.html(this.mvc.perform(get("/test/components").cookie(this.session))
			.andExpect(status().isOk())
			.andReturn());
	}

	private Document submitEmpty() throws Exception {
		return page(post("/test/components"));
	}

	private Document submit(String field, String value) throws Exception {
		return page(post("/test/components").param(field, value));
	}

	private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return Pages.html(this.mvc.perform(request.cookie(this.session).with(csrf()))
			.andExpect(status().isOk())
			.andReturn());
	}

}
