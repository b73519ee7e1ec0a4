package org.wsoatracker.plan.web;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The area form, sent as a browser sends it, and what the database holds afterwards: an area answers one or more of
 * the inspection's areas of weakness, ticked as checkboxes. Each test works on a plan of its own on York's inspection,
 * whose area 1 answers York's area of weakness 1.
 */
@IntegrationTest
class AreaFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	TestPlans testPlans;

	@Autowired
	JdbcTemplate jdbc;

	SignedInPages pages;

	PlanView plan;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.plan = this.testPlans.create();
	}

	@Test
	void anAreaAddedThroughTheFormAnswersEachWeaknessTicked() throws Exception {
		Document blank = this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/areas/new");
		// every area of weakness of the inspection is offered, none ticked, each with its text as the hint
		assertThat(blank.select("input[type=checkbox][name=weaknessIds]").eachAttr("value"))
			.containsExactlyElementsOf(this.plan.inspection().weaknesses().stream().map(w -> id(w)).toList());
		assertThat(blank.select("input[name=weaknessIds][checked]")).isEmpty();
		assertThat(blank.select("label[for=weaknessIds]").text()).isEqualTo("Area of weakness 1");
		assertThat(blank.select("#weaknessIds-item-hint").text()).startsWith("A lack of cohesive oversight");

		BrowserForm form = BrowserForm.of(blank)
			.set("title", "Joint commissioning and co-production")
			.setAll("weaknessIds", id(weakness(2)), id(weakness(3)))
			.set("weaknessText", "Commissioning and co-production are not established");
		assertThat(form.value("number")).isEqualTo("2");
		MvcResult result = this.mvc.perform(form.request().cookie(this.pages.session(Pages.ADMIN))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + this.plan.id());
		assertThat(this.jdbc.queryForList("select number || ' | ' || title || ' | ' || weakness_text from plan_area "
				+ "where plan_id = ? order by number", String.class, this.plan.id()))
			.containsExactly("1 | Leadership | A lack of oversight",
					"2 | Joint commissioning and co-production | Commissioning and co-production are not established");
		assertThat(answers()).containsExactly("1 answers 1", "2 answers 2", "2 answers 3");
		assertThat(this.plans.plan(this.plan.id()).version()).isGreaterThan(this.plan.version());
		Document planPage = this.pages.follow(Pages.ADMIN, result);
		assertThat(planPage.select(".govuk-notification-banner__heading").text()).isEqualTo("Area 2 added");
		assertThat(planPage.select("#area-2 .app-area-answers").text())
			.isEqualTo("Answers areas of weakness 2 and 3 of the inspection");
	}

	@Test
	void changingAnAreaChangesTheWeaknessesItAnswers() throws Exception {
		long areaId = this.plan.areas().get(0).id();
		Document page = this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/areas/" + areaId + "/edit");
		assertThat(page.select("input[name=weaknessIds][checked]").eachAttr("value"))
			.containsExactly(id(weakness(1)));

		BrowserForm form = BrowserForm.of(page)
			.set("number", "4")
			.set("title", "Leadership and health")
			.setAll("weaknessIds", id(weakness(4)), id(weakness(1)))
			.set("weaknessText", "Leaders lack oversight of health");
		assertThat(this.mvc.perform(form.request().cookie(this.pages.session(Pages.ADMIN)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/plans/" + this.plan.id());
		assertThat(answers()).containsExactly("4 answers 1", "4 answers 4");

		form = BrowserForm.of(this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/areas/" + areaId + "/edit"))
			.setAll("weaknessIds", id(weakness(3)));
		MvcResult result = this.mvc.perform(form.request().cookie(this.pages.session(Pages.ADMIN))).andReturn();

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + this.plan.id());
		assertThat(answers()).containsExactly("4 answers 3");
		assertThat(this.jdbc.queryForMap("select number, title, weakness_text from plan_area where id = ?", areaId))
			.containsEntry("number", 4)
			.containsEntry("title", "Leadership and health")
			.containsEntry("weakness_text", "Leaders lack oversight of health");
	}

	@Test
	void anAreaThatAnswersNoWeaknessIsRefusedKeepingWhatWasTypedAndNothingIsSaved() throws Exception {
		BrowserForm added = BrowserForm.of(this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/areas/new"))
			.set("title", "Co-production")
			.set("weaknessText", "Families are not involved");
		Document page = Pages
			.html(this.mvc.perform(added.request().cookie(this.pages.session(Pages.ADMIN))).andReturn());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("Select the areas of weakness this area answers");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#weaknessIds");
		Element first = page.selectFirst("#weaknessIds");
		assertThat(first.tagName()).isEqualTo("input");
		assertThat(first.attr("type")).isEqualTo("checkbox");
		assertThat(page.select("#weaknessIds-error").text())
			.isEqualTo("Error: Select the areas of weakness this area answers");
		assertThat(page.select("fieldset").attr("aria-describedby")).contains("weaknessIds-error");
		assertThat(page.select("#title").val()).isEqualTo("Co-production");
		assertThat(page.select("#weaknessText").text()).isEqualTo("Families are not involved");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_area where plan_id = ?", Integer.class,
				this.plan.id()))
			.isEqualTo(1);

		long areaId = this.plan.areas().get(0).id();
		BrowserForm changed = BrowserForm
			.of(this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/areas/" + areaId + "/edit"))
			.set("title", "Renamed")
			.setAll("weaknessIds");
		Document refused = Pages
			.html(this.mvc.perform(changed.request().cookie(this.pages.session(Pages.ADMIN))).andReturn());
		assertThat(refused.select(".govuk-error-summary a").eachText())
			.containsExactly("Select the areas of weakness this area answers");
		assertThat(answers()).containsExactly("1 answers 1");
		assertThat(this.jdbc.queryForObject("select title from plan_area where id = ?", String.class, areaId))
			.isEqualTo("Leadership");
	}

	@Test
	void aWeaknessOfAnotherInspectionIsRefusedBesideTheCheckboxes() throws Exception {
		long otherInspections = this.jdbc.queryForObject("select w.id from inspection_weakness w "
				+ "where w.inspection_id <> ? order by w.id limit 1", Long.class, this.plan.inspection().id());
		BrowserForm form = BrowserForm.of(this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/areas/new"))
			.set("title", "Elsewhere")
			.setAll("weaknessIds", id(weakness(2)), String.valueOf(otherInspections))
			.set("weaknessText", "Not this inspection's");
		Document page = Pages
			.html(this.mvc.perform(form.request().cookie(this.pages.session(Pages.ADMIN))).andReturn());

		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#weaknessIds");
		assertThat(page.select("#weaknessIds-error").text()).contains("belongs to another inspection");
		assertThat(page.select("input[name=weaknessIds][checked]").eachAttr("value"))
			.containsExactly(id(weakness(2)));
		assertThat(this.plans.plan(this.plan.id()).areas()).hasSize(1);
	}

	@Test
	void thePlanPageNamesTheWeaknessesNoAreaAnswers() throws Exception {
		Document page = this.pages.page(Pages.BOARD, "/plans/" + this.plan.id());
		assertThat(page.select("#area-1 .app-area-answers").text())
			.isEqualTo("Answers area of weakness 1 of the inspection");
		assertThat(page.select("#unanswered-weaknesses .govuk-warning-text").text())
			.isEqualTo("! Warning No area answers these weaknesses:");
		List<String> unanswered = page.select("#unanswered-weaknesses li").eachText();
		assertThat(unanswered).anyMatch(text -> text.startsWith("Area of weakness 2: Joint commissioning of services"))
			.anyMatch(text -> text.startsWith("Area of weakness 4: "))
			.noneMatch(text -> text.startsWith("Area of weakness 1: "));

		this.plans.addArea(this.plan.id(), 2, "Everything else", "The rest of the letter",
				Set.of(weakness(2).id(), weakness(3).id(), weakness(4).id()));

		assertThat(this.pages.page(Pages.BOARD, "/plans/" + this.plan.id()).select("#unanswered-weaknesses li")
			.eachText()).noneMatch(text -> text.matches("Area of weakness [1-4]: .*"));
	}

	@Test
	void yorksDemoAreasStillAnswerTheirWeaknesses() throws Exception {
		long york = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id();
		Document page = this.pages.page(Pages.BOARD, "/plans/" + york);
		assertThat(page.select("section .app-area-answers").eachText()).containsExactly(
				"Answers area of weakness 1 of the inspection", "Answers area of weakness 2 of the inspection",
				"Answers area of weakness 3 of the inspection", "Answers area of weakness 4 of the inspection");
	}

	private WeaknessView weakness(int number) {
		return this.plan.inspection().weaknesses().stream().filter(w -> w.number() == number).findFirst().orElseThrow();
	}

	private static String id(WeaknessView weakness) {
		return String.valueOf(weakness.id());
	}

	/**
	 * Which areas of weakness (by number) each area of the plan answers, as the database holds it.
	 */
	private List<String> answers() {
		return this.jdbc.queryForList("select a.number || ' answers ' || w.number from plan_area a "
				+ "join plan_area_weakness aw on aw.area_id = a.id join inspection_weakness w on w.id = aw.weakness_id "
				+ "where a.plan_id = ? order by a.number, w.number", String.class, this.plan.id());
	}

}
