package org.wsoatracker.plan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
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
 * The action form, sent as a browser sends it, and what the database holds afterwards.
 */
@IntegrationTest
class ActionFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	PeopleService people;

	@Autowired
	TestPlans testPlans;

	@Autowired
	JdbcTemplate jdbc;

	SignedInPages pages;

	PlanView plan;

	long york;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.plan = this.testPlans.create();
		this.york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
	}

	@Test
	void anActionAddedThroughTheFormIsSavedWithEverythingTyped() throws Exception {
		long maxine = person("M.S", "CYC");
		long karen = person("K.McN", "CCG");
		long tewv = this.people.findOrganisation(this.york, "TEWV").orElseThrow().id();
		long areaId = this.plan.areas().get(0).id();
		Document blank = this.pages.page(Pages.ADMIN,
				"/plans/" + this.plan.id() + "/areas/" + areaId + "/actions/new");
		assertThat(blank.select("h1").text()).isEqualTo("Add an action");

		BrowserForm form = BrowserForm.of(blank)
			.set("number", "1.3")
			.set("outcome", "Families know the local offer")
			.set("action", "Relaunch the local offer website")
			.set("start.month", "9")
			.set("start.year", "2020")
			.set("end.month", "3")
			.set("end.year", "2021")
			.set("phase", "Phase 2")
			.setAll("leads", String.valueOf(maxine), String.valueOf(karen))
			.setAll("leadOrganisations", String.valueOf(tewv))
			.set("evidenceAndImpact", "Visits to the website")
			.set("measures[0].text", "Visits a month")
			.set("measures[0].baseline", "1,200")
			.set("measures[0].target", "2500")
			.set("measures[0].unit", "count")
			.set("measures[0].targetMonth.month", "3")
			.set("measures[0].targetMonth.year", "2021")
			.set("measures[1].text", "Parents say the site is useful")
			.set("subActions[0].label", "a")
			.set("subActions[0].text", "Co-produce the pages with parents")
			.set("subActions[0].start.month", "9")
			.set("subActions[0].start.year", "2020")
			.set("subActions[0].end.day", "15")
			.set("subActions[0].end.month", "12")
			.set("subActions[0].end.year", "2020")
			.set("subActions[0].phase", "Phase 2a");
		MvcResult result = this.mvc.perform(form.request().cookie(this.pages.session(Pages.ADMIN))).andReturn();

		Map<String, Object> action = this.jdbc.queryForMap(
				"select a.* from plan_action a join plan_area r on r.id = a.area_id where r.plan_id = ? and a.number = '1.3'",
				this.plan.id());
		long actionId = ((Number) action.get("id")).longValue();
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/plans/" + this.plan.id() + "/actions/" + actionId);
		assertThat(this.pages.follow(Pages.ADMIN, result).select(".govuk-notification-banner__heading").text())
			.isEqualTo("Action 1.3 added");
		assertThat(((Number) action.get("area_id")).longValue()).isEqualTo(areaId);
		assertThat(action).containsEntry("outcome", "Families know the local offer")
			.containsEntry("action_text", "Relaunch the local offer website")
			.containsEntry("start_date", java.sql.Date.valueOf("2020-09-01"))
			.containsEntry("start_precision", "MONTH")
			.containsEntry("end_date", java.sql.Date.valueOf("2021-03-01"))
			.containsEntry("end_precision", "MONTH")
			.containsEntry("phase", "Phase 2")
			.containsEntry("evidence_and_impact", "Visits to the website")
			.containsEntry("position", 3);
		assertThat(this.jdbc.queryForList("select person_id from action_lead where action_id = ? order by position",
				Long.class, actionId))
			.containsExactly(maxine, karen);
		assertThat(this.jdbc.queryForList(
				"select organisation_id from action_lead_organisation where action_id = ? order by position",
				Long.class, actionId))
			.containsExactly(tewv);
		List<Map<String, Object>> measures = this.jdbc.queryForList(
				"select position, text, baseline, target, unit, target_month from measure where action_id = ? order by position",
				actionId);
		assertThat(measures).hasSize(2);
		assertThat(measures.get(0)).containsEntry("position", 1)
			.containsEntry("text", "Visits a month")
			.containsEntry("unit", "count")
			.containsEntry("target_month", java.sql.Date.valueOf("2021-03-01"));
		assertThat((BigDecimal) measures.get(0).get("baseline")).isEqualByComparingTo("1200");
		assertThat((BigDecimal) measures.get(0).get("target")).isEqualByComparingTo("2500");
		assertThat(measures.get(1)).containsEntry("position", 2)
			.containsEntry("text", "Parents say the site is useful")
			.containsEntry("baseline", null)
			.containsEntry("target", null)
			.containsEntry("unit", null)
			.containsEntry("target_month", null);
		assertThat(this.jdbc.queryForList("select * from sub_action where action_id = ?", actionId))
			.singleElement()
			.satisfies(sub -> assertThat(sub).containsEntry("position", 1)
				.containsEntry("label", "A")
				.containsEntry("text", "Co-produce the pages with parents")
				.containsEntry("start_date", java.sql.Date.valueOf("2020-09-01"))
				.containsEntry("start_precision", "MONTH")
				.containsEntry("end_date", java.sql.Date.valueOf("2020-12-15"))
				.containsEntry("end_precision", "DAY")
				.containsEntry("phase", "Phase 2a"));
	}

	private long person(String initials, String organisation) {
		return this.people.findByReference(this.york, initials, organisation).orElseThrow().id();
	}

}
