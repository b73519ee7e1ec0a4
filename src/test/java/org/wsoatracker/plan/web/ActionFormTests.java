package org.wsoatracker.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.LeadOrganisationView;
import org.wsoatracker.plan.LeadView;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.plan.SubActionView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
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
	ProgressService progress;

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

	@Test
	void removingAMeasureWithReportedActualsIsRefusedNamingItAndNothingIsSaved() throws Exception {
		TwoMeasures action = twoMeasuresWithActualsOnTheFirst();

		BrowserForm form = editForm(action.id())
			.set("outcome", "An outcome typed while removing a measure")
			.clearAllStartingWith("measures[0].", "measures[0].id");
		Document page = Pages.html(send(form));

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Measure “Measure A” has actual"
				+ " values reported in progress updates, so it cannot be removed. Its history must stay as it was"
				+ " reported: change its wording instead.");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#measures-0-text");
		assertThat(page.select("#measures-0-text-error").text()).contains("Measure “Measure A” has actual values");
		assertThat(page.select("#outcome").val()).isEqualTo("An outcome typed while removing a measure");
		assertThat(page.select("#measures-0-text").val()).isEmpty();
		assertThat(page.select("input[name=measures[0].id]").val()).isEqualTo(String.valueOf(action.a()));
		assertThat(page.select("#measures-1-text").val()).isEqualTo("Measure B");
		assertThat(measures(action.id())).containsExactly(action.a() + " Measure A", action.b() + " Measure B");
		assertThat(actualsOf(action.a())).containsExactly("45.00");
		assertThat(this.jdbc.queryForObject("select outcome from plan_action where id = ?", String.class, action.id()))
			.isEqualTo("Leaders have oversight");
	}

	@Test
	void removingAMeasureWithoutActualsKeepsTheOtherWithItsActuals() throws Exception {
		TwoMeasures action = twoMeasuresWithActualsOnTheFirst();

		MvcResult result = send(editForm(action.id()).clearAllStartingWith("measures[1].", "measures[1].id"));

		assertThat(this.pages.follow(Pages.ADMIN, result).select(".govuk-notification-banner__heading").text())
			.isEqualTo("Action 1.1 saved");
		assertThat(measures(action.id())).containsExactly(action.a() + " Measure A");
		assertThat(actualsOf(action.a())).containsExactly("45.00");
		assertThat(this.jdbc.queryForObject("select count(*) from measure where id = ?", Integer.class, action.b()))
			.isZero();
	}

	@Test
	void changingTheWordingOfAMeasureKeepsItsActuals() throws Exception {
		TwoMeasures action = twoMeasuresWithActualsOnTheFirst();

		MvcResult result = send(
				editForm(action.id()).set("measures[0].text", "Measure A, reworded").set("measures[2].text", "Measure C"));

		assertThat(result.getResponse().getRedirectedUrl()).isNotNull();
		List<String> measures = measures(action.id());
		assertThat(measures).hasSize(3).startsWith(action.a() + " Measure A, reworded", action.b() + " Measure B");
		assertThat(measures.get(2)).endsWith(" Measure C")
			.isNotIn(action.a() + " Measure C", action.b() + " Measure C");
		assertThat(actualsOf(action.a())).containsExactly("45.00");
	}

	@Test
	void theActionsPageListsEachChangeInWordsNewestFirst() throws Exception {
		TwoMeasures action = twoMeasuresWithActualsOnTheFirst();
		String outcome = this.plans.action(action.id()).outcome();

		assertThat(send(editForm(action.id()).set("outcome", "Families know where to find help")
			.set("measures[1].text", "Measure B, reworded")).getResponse()
			.getRedirectedUrl()).isNotNull();

		Document page = this.pages.page(Pages.ADMIN, "/plans/" + this.plan.id() + "/actions/" + action.id());
		List<List<String>> rows = page.select("#history tbody tr")
			.stream()
			.map(row -> row.select("td").stream().skip(2).map(Element::text).toList())
			.toList();
		List<String> reworded = List.of("changed measure: text", "Measure B", "Measure B, reworded");
		List<String> added = List.of("added measure: text", "", "Measure B");
		assertThat(rows).contains(reworded, added,
				List.of("changed action: outcome", outcome, "Families know where to find help"));
		assertThat(rows.indexOf(reworded)).isLessThan(rows.indexOf(added));
		assertThat(page.select("[role=region][aria-label='Every change to this action, newest first'] table#history"))
			.hasSize(1);
	}

	@Test
	void subActionsKeepTheirIdentityThroughChanges() throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);
		this.plans.updateAction(action.id(), action.version(), details(action, measureDetails(action),
				List.of(new SubActionDetails("A", "Sub-action A", null, null, null),
						new SubActionDetails("B", "Sub-action B", null, null, null))));
		List<Long> ids = this.plans.action(action.id()).subActions().stream().map(SubActionView::id).toList();

		assertThat(send(editForm(action.id()).clearAllStartingWith("subActions[0].", "subActions[0].id")
			.set("subActions[1].text", "Sub-action B, reworded")).getResponse().getRedirectedUrl()).isNotNull();

		assertThat(this.jdbc.queryForList(
				"select id || ' ' || label || ' ' || text || ' ' || position from sub_action where action_id = ?",
				String.class, action.id()))
			.containsExactly(ids.get(1) + " B Sub-action B, reworded 1");
	}

	@Test
	void aMeasureOrSubActionOfAnotherActionIsRefusedAndLeftAlone() throws Exception {
		ActionView yorks = yorkAction("2.1");
		ActionView action = this.plan.areas().get(0).actions().get(0);
		long othersMeasure = yorks.measures().get(0).id();
		long othersSubAction = yorks.subActions().get(0).id();

		for (String[] field : List.of(new String[] { "measures[0].id", String.valueOf(othersMeasure) },
				new String[] { "subActions[0].id", String.valueOf(othersSubAction) })) {
			BrowserForm form = editForm(action.id()).set(field[0], field[1])
				.set("measures[0].text", "Taken over")
				.set("subActions[0].label", "Z")
				.set("subActions[0].text", "Taken over");
			Document page = Pages.html(send(form));

			assertThat(page.select(".govuk-error-summary__list li").eachText()).containsExactly(
					"A measure or sub-action on the form is not one of this action's. Reload the page and make your"
							+ " changes again.");
		}
		assertThat(this.plans.action(yorks.id())).isEqualTo(yorks);
		assertThat(this.plans.action(action.id())).isEqualTo(action);
		assertThat(this.jdbc.queryForObject("select count(*) from measure where text = 'Taken over'", Integer.class))
			.isZero();
	}

	@Test
	void anIdThatIsNotANumberIsRefused() throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);

		Document page = Pages.html(send(editForm(action.id()).set("measures[0].id", "1 or 1=1")));

		assertThat(page.select(".govuk-error-summary__list li").eachText())
			.containsExactly("The form was sent in a way it cannot be. Reload the page and make your changes again.");
		assertThat(this.plans.action(action.id())).isEqualTo(action);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.1", "3.1" })
	void yorksActionsSaveUnchanged(String number) throws Exception {
		ActionView before = yorkAction(number);

		MvcResult result = send(editForm(before.id()));

		assertThat(this.pages.follow(Pages.ADMIN, result).select(".govuk-notification-banner__heading").text())
			.isEqualTo("Action " + number + " saved");
		assertThat(this.plans.action(before.id())).usingRecursiveComparison().ignoringFields("version").isEqualTo(before);
		assertThat(this.jdbc.queryForList("select person_id from action_lead where action_id = ? order by position",
				Long.class, before.id()))
			.containsExactlyElementsOf(before.leads().stream().map(LeadView::personId).toList());
	}

	@Test
	void leadsSaveWhateverTheirOrderAndWhicheverIsRemoved() throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);
		long maxine = person("M.S", "CYC");
		long karen = person("K.McN", "CCG");
		long sarah = person("S.DV", "CCG");
		long cyc = this.people.findOrganisation(this.york, "CYC").orElseThrow().id();
		long tewv = this.people.findOrganisation(this.york, "TEWV").orElseThrow().id();
		long ythft = this.people.findOrganisation(this.york, "YTHFT").orElseThrow().id();
		// Leads keep their order as they change: first S.DV and K.McN (M.S removed), then M.S after them.
		this.plans.updateAction(action.id(), action.version(),
				withLeads(action, List.of(sarah, karen), List.of(ythft, tewv)));
		this.plans.updateAction(action.id(), this.plans.action(action.id()).version(),
				withLeads(action, List.of(sarah, karen, maxine), List.of(ythft, tewv, cyc)));
		assertThat(this.plans.action(action.id()).leads()).extracting(LeadView::personId)
			.containsExactly(sarah, karen, maxine);

		MvcResult result = send(editForm(action.id()).setAll("leads", String.valueOf(maxine), String.valueOf(karen))
			.setAll("leadOrganisations", String.valueOf(cyc), String.valueOf(tewv)));

		assertThat(result.getResponse().getRedirectedUrl()).isNotNull();
		assertThat(this.jdbc.queryForList("select person_id from action_lead where action_id = ? order by position",
				Long.class, action.id()))
			.containsExactly(karen, maxine);
		assertThat(this.jdbc.queryForList(
				"select organisation_id from action_lead_organisation where action_id = ? order by position",
				Long.class, action.id()))
			.containsExactly(tewv, cyc);

		result = send(editForm(action.id()).setAll("leads", String.valueOf(sarah), String.valueOf(maxine),
				String.valueOf(karen)));

		assertThat(result.getResponse().getRedirectedUrl()).isNotNull();
		assertThat(this.jdbc.queryForList("select person_id from action_lead where action_id = ? order by position",
				Long.class, action.id()))
			.containsExactly(karen, maxine, sarah);
	}

	@Test
	void anActionWithProgressUpdatesCannotBeDeletedButOneWithoutCan() throws Exception {
		ActionView reported = this.plan.areas().get(0).actions().get(0);
		ActionView other = this.plan.areas().get(0).actions().get(1);
		this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		this.progress.write(reported.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next",
				Map.of()), admin(), null, false);

		Document refused = Pages.html(this.pages.post(Pages.ADMIN,
				"/plans/" + this.plan.id() + "/actions/" + reported.id() + "/delete"));

		assertThat(refused.select(".govuk-error-summary").text()).contains("Action 1.1 has progress updates, so it"
				+ " cannot be deleted. Its history must stay as it was reported.");
		assertThat(this.plans.action(reported.id())).isEqualTo(reported);

		MvcResult deleted = this.pages.post(Pages.ADMIN, "/plans/" + this.plan.id() + "/actions/" + other.id() + "/delete");

		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + this.plan.id());
		assertThat(this.jdbc.queryForList("select number from plan_action where area_id = ?", String.class,
				this.plan.areas().get(0).id()))
			.containsExactly("1.1");
	}

	@Test
	void theFormBoundsWhatItTakesAndSavesNothingBeyond() throws Exception {
		ActionView action = this.plan.areas().get(0).actions().get(0);

		Document page = Pages.html(send(editForm(action.id()).set("outcome", "x".repeat(5001))
			.set("measures[0].target", "1000000000.01")
			.set("measures[0].baseline", "12.345")
			.set("subActions[0].label", "A")
			.set("subActions[0].text", "A part")
			.set("subActions[0].phase", "p".repeat(101))));

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Outcome must be 5000 characters or fewer", "Baseline must have 2 decimal places or fewer",
				"Target must be between -1,000,000,000 and 1,000,000,000",
				"Sub-action phase must be 100 characters or fewer");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#outcome",
				"#measures-0-baseline", "#measures-0-target", "#subActions-0-phase");
		assertThat(page.select("#measures-0-target").val()).isEqualTo("1000000000.01");
		assertThat(this.plans.action(action.id())).isEqualTo(action);
	}

	/**
	 * Action 1.1 of the test plan with measures A and B, and an update reporting an actual value of A.
	 */
	private TwoMeasures twoMeasuresWithActualsOnTheFirst() {
		ActionView action = this.plan.areas().get(0).actions().get(0);
		long a = action.measures().get(0).id();
		this.plans.updateAction(action.id(), action.version(),
				details(action, List.of(new MeasureDetails(a, "Measure A", null, new BigDecimal("90"), "%", null),
						new MeasureDetails("Measure B", null, null, null, null)), List.of()));
		long b = this.plans.action(action.id()).measures().get(1).id();
		this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		this.progress.write(action.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next",
				Map.of(a, new BigDecimal("45"))), admin(), null, true);
		assertThat(measures(action.id())).containsExactly(a + " Measure A", b + " Measure B");
		assertThat(actualsOf(a)).containsExactly("45.00");
		return new TwoMeasures(action.id(), a, b);
	}

	private record TwoMeasures(long id, long a, long b) {
	}

	private static ActionDetails details(ActionView action, List<MeasureDetails> measures,
			List<SubActionDetails> subActions) {
		return new ActionDetails(action.number(), action.outcome(), action.action(), action.start(), action.end(),
				action.phase(), action.leads().stream().map(LeadView::personId).toList(),
				action.leadOrganisations().stream().map(LeadOrganisationView::organisationId).toList(), measures,
				action.evidenceAndImpact(), subActions);
	}

	private static ActionDetails withLeads(ActionView action, List<Long> leads, List<Long> leadOrganisations) {
		return new ActionDetails(action.number(), action.outcome(), action.action(), action.start(), action.end(),
				action.phase(), leads, leadOrganisations, measureDetails(action), action.evidenceAndImpact(),
				List.of());
	}

	private static List<MeasureDetails> measureDetails(ActionView action) {
		return action.measures()
			.stream()
			.map(m -> new MeasureDetails(m.id(), m.text(), m.baseline(), m.target(), m.unit(), m.targetMonth()))
			.toList();
	}

	/**
	 * The action's measures in order, each as "id text".
	 */
	private List<String> measures(long actionId) {
		return this.jdbc.queryForList("select id || ' ' || text from measure where action_id = ? order by position",
				String.class, actionId);
	}

	private List<String> actualsOf(long measureId) {
		return this.jdbc.queryForList("select value::text from measure_actual where measure_id = ?", String.class,
				measureId);
	}

	private BrowserForm editForm(long actionId) throws Exception {
		return BrowserForm.of(this.pages.page(Pages.ADMIN,
				"/plans/" + this.plans.action(actionId).planId() + "/actions/" + actionId + "/edit"));
	}

	private MvcResult send(BrowserForm form) throws Exception {
		return this.mvc.perform(form.request().cookie(this.pages.session(Pages.ADMIN))).andReturn();
	}

	private ActionView yorkAction(String number) {
		PlanView york = this.plans.plan(this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id());
		return york.areas()
			.stream()
			.flatMap(area -> area.actions().stream())
			.filter(a -> a.number().equals(number))
			.findFirst()
			.orElseThrow();
	}

	private Actor admin() {
		return new Actor(this.jdbc.queryForObject("select id from account where email = 'admin@example.org'",
				Long.class), "Admin", true);
	}

	private long person(String initials, String organisation) {
		return this.people.findByReference(this.york, initials, organisation).orElseThrow().id();
	}

}
