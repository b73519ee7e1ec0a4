package org.wsoatracker.plan.web;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan register's pages and forms: who may see and change what, and what a person sees when a form is wrong.
 * Each test works on a plan of its own, made for it on the York inspection.
 */
@IntegrationTest
class PlanFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	InspectionService inspections;

	@Autowired
	PeopleService people;

	@Autowired
	JdbcTemplate jdbc;

	PlanView plan;

	ActionView action;

	long maxineSquire;

	@BeforeEach
	void createPlan() {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long inspection = this.inspections.inspections(york).get(0).id();
		this.maxineSquire = this.people.findByReference(york, "M.S", "CYC").orElseThrow().id();
		ActionDetails action = new ActionDetails("1.1", "Leaders have oversight", "Write the statement",
				PlanDate.parse("2020-02"), PlanDate.parse("2020-07"), null, List.of(this.maxineSquire), List.of(),
				List.of(new MeasureDetails("90% on time", null, new java.math.BigDecimal("90"), "%",
						YearMonth.of(2020, 12))),
				null, List.of());
		long id = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Test plan " + UUID.randomUUID(), PlanStatus.DRAFT,
						"YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(YearMonth.of(2020, 5)), List.of(),
				List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1), List.of(action)))))
			.id();
		this.plan = this.plans.plan(id);
		this.action = this.plan.areas().get(0).actions().get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void everyRoleButScrutinyReadsThePlanPages(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);

		Document list = page(get("/plans"), session);
		assertThat(list.select("table a").eachText()).contains("York written statement of action", this.plan.title());
		Document plan = page(get("/plans/" + this.plan.id()), session);
		assertThat(plan.select("h1").text()).isEqualTo(this.plan.title());
		assertThat(plan.select("section h3").text()).isEqualTo("Area for improvement 1: Leadership");
		Document action = page(get(actionUrl()), session);
		assertThat(action.select("h1").text()).isEqualTo("Action 1.1");
		assertThat(action.select(".govuk-summary-list").text()).contains("Maxine Squire (M.S)", "February 2020",
				"July 2020");
		assertThat(action.select("tbody td").eachText()).contains("90% on time", "90%", "December 2020");
		assertThat(plan.select(".govuk-notification-banner")).isEmpty();
	}

	@Test
	void changeLinksAreShownToAdministratorsOnly() throws Exception {
		assertThat(page(get("/plans/" + this.plan.id()), Pages.signIn(this.mvc, Pages.ADMIN))
			.select("a[href$=/edit]")).isNotEmpty();
		assertThat(page(get("/plans/" + this.plan.id()), Pages.signIn(this.mvc, Pages.BOARD))
			.select("a[href$=/edit], a[href$=/new]")).isEmpty();
	}

	@Test
	void scrutinyCommitteeSeesNoPlanPage() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.SCRUTINY);
		for (String path : List.of("/plans", "/plans/" + this.plan.id(), actionUrl(), "/plans/new",
				"/plans/" + this.plan.id() + "/edit")) {
			this.mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsOpenOrSendTheForms(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		long planId = this.plan.id();
		long areaId = this.plan.areas().get(0).id();
		for (String path : List.of("/plans/new", "/plans/" + planId + "/edit", "/plans/" + planId + "/deadline",
				"/plans/" + planId + "/record", "/plans/" + planId + "/areas/new",
				"/plans/" + planId + "/areas/" + areaId + "/edit",
				"/plans/" + planId + "/areas/" + areaId + "/actions/new", actionUrl() + "/edit",
				actionUrl() + "/delete")) {
			this.mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
		}
		for (String path : List.of("/plans", "/plans/" + planId, "/plans/" + planId + "/deadline",
				"/plans/" + planId + "/record", "/plans/" + planId + "/areas",
				"/plans/" + planId + "/areas/" + areaId, "/plans/" + planId + "/areas/" + areaId + "/delete",
				"/plans/" + planId + "/areas/" + areaId + "/actions", actionUrl(), actionUrl() + "/delete")) {
			this.mvc.perform(post(path).cookie(session).with(csrf()).param("title", "Hijacked").param("number", "9"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.plans.plan(planId)).isEqualTo(this.plan);
		assertThat(this.jdbc.queryForObject("select count(*) from plan where title = 'Hijacked'", Integer.class))
			.isZero();
	}

	@Test
	void writesWithoutTheCsrfTokenAreRefused() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);

		this.mvc.perform(post(actionUrl() + "/delete").cookie(admin)).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/" + this.plan.id()).cookie(admin).param("title", "No token"))
			.andExpect(status().isForbidden());

		assertThat(this.plans.action(this.action.id())).isEqualTo(this.action);
		assertThat(this.plans.plan(this.plan.id()).title()).isEqualTo(this.plan.title());
	}

	@Test
	void creatingAPlanNeedsItsDetailsAndKeepsWhatWasTyped() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		int before = this.jdbc.queryForObject("select count(*) from plan", Integer.class);

		Document page = page(post("/plans").param("title", "  ").param("reviewPoints", "2020-05\nMay").with(csrf()),
				admin);

		assertThat(page.title()).startsWith("Error: Create a plan");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#inspectionId", "#title",
				"#kind", "#status", "#scale", "#reviewPoints");
		assertThat(page.select("#reviewPoints").text()).isEqualTo("2020-05\nMay");
		assertThat(this.jdbc.queryForObject("select count(*) from plan", Integer.class)).isEqualTo(before);
	}

	@Test
	void aPlanCreatedFromTheFormIsSaved() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		String title = "Accelerated progress plan " + UUID.randomUUID();

		String location = this.mvc
			.perform(post("/plans").cookie(admin)
				.with(csrf())
				.param("inspectionId", String.valueOf(this.plan.inspection().id()))
				.param("title", title)
				.param("kind", "ACCELERATED_PROGRESS_PLAN")
				.param("status", "DRAFT")
				.param("scale", "DELIVERY_CONFIDENCE")
				.param("reviewPoints", "2021-03\n2021-06"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		Document page = page(get(location), admin);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("Plan created");
		assertThat(page.select(".govuk-tag").eachText()).contains("Amber/Red", "Amber/Green");
		assertThat(this.jdbc.queryForList("select r.month::text from review_point r join plan p on p.id = r.plan_id where p.title = ?",
				String.class, title)).containsExactly("2021-03-01", "2021-06-01");
	}

	@Test
	void changingAnActionOnAStaleCopyIsRefusedAndKeepsWhatWasTyped() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		this.plans.updateAction(this.action.id(), this.action.version(), new ActionDetails("1.1",
				"Changed by someone else", "Write the statement", null, null, null, List.of(), List.of(), List.of(),
				null, List.of()));

		Document page = page(actionForm("1.1", "My outcome").param("version", String.valueOf(this.action.version())),
				admin);

		assertThat(page.select(".govuk-error-summary").text())
			.contains("Someone else changed this while you were editing it");
		assertThat(page.select("#outcome").text()).isEqualTo("My outcome");
		assertThat(this.plans.action(this.action.id()).outcome()).isEqualTo("Changed by someone else");
	}

	@Test
	void savingAnActionKeepsItsMeasuresIdentity() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		long measureId = this.action.measures().get(0).id();

		this.mvc
			.perform(actionForm("1.2", "New outcome").cookie(admin)
				.param("version", String.valueOf(this.action.version()))
				.param("measures[0].id", String.valueOf(measureId))
				.param("measures[0].text", "95% on time")
				.param("measures[0].target", "95")
				.param("measures[0].unit", "%")
				.param("subActions[0].label", "a")
				.param("subActions[0].text", "First part")
				.param("subActions[0].end.month", "9")
				.param("subActions[0].end.year", "2020"))
			.andExpect(redirectedUrl(actionUrl()));

		ActionView saved = this.plans.action(this.action.id());
		assertThat(saved.number()).isEqualTo("1.2");
		assertThat(saved.outcome()).isEqualTo("New outcome");
		assertThat(saved.start()).isEqualTo(PlanDate.parse("2020-03-04"));
		assertThat(saved.end()).isEqualTo(PlanDate.parse("2021-05"));
		assertThat(saved.measures()).singleElement().satisfies(m -> {
			assertThat(m.id()).isEqualTo(measureId);
			assertThat(m.text()).isEqualTo("95% on time");
			assertThat(m.target()).isEqualByComparingTo("95");
		});
		assertThat(saved.subActions()).singleElement().satisfies(s -> {
			assertThat(s.label()).isEqualTo("A");
			assertThat(s.end()).isEqualTo(PlanDate.parse("2020-09"));
		});
		assertThat(saved.leads()).extracting(lead -> lead.initials()).containsExactly("M.S");
	}

	@Test
	void actionFormNamesEveryProblemAndSavesNothing() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);

		Document page = page(post(actionUrl()).with(csrf())
			.param("version", String.valueOf(this.action.version()))
			.param("number", "one")
			.param("start.day", "31")
			.param("start.month", "2")
			.param("start.year", "2020")
			.param("measures[0].text", "A measure")
			.param("measures[0].target", "ninety")
			.param("subActions[0].label", "A")
			.param("subActions[0].text", "x")
			.param("subActions[1].label", "a")
			.param("subActions[1].text", "y"), admin);

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Action number must be numbers with a dot, like 1.1", "Enter the outcome the action aims at",
				"Enter what will be done", "Start must be a real date or month", "Target must be a number, like 90",
				"Give each sub-action a different letter");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#number", "#outcome",
				"#action", "#start", "#measures-0-target", "#subActions-1-label");
		assertThat(page.select("#measures-0-target").val()).isEqualTo("ninety");
		assertThat(page.select("#start").val()).isEqualTo("31");
		assertThat(this.plans.action(this.action.id())).isEqualTo(this.action);
	}

	@Test
	void anActionNumberCannotBeUsedTwiceInAPlan() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		long areaId = this.plan.areas().get(0).id();

		Document page = page(post("/plans/" + this.plan.id() + "/areas/" + areaId + "/actions").with(csrf())
			.param("number", "1.1")
			.param("outcome", "Another")
			.param("action", "Another"), admin);

		assertThat(page.select(".govuk-error-summary").text()).contains("The plan already has an action 1.1");
		assertThat(this.plans.plan(this.plan.id()).areas().get(0).actions()).hasSize(1);
	}

	@Test
	void anAreaWithActionsCannotBeDeletedButAnEmptyOneCan() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		long areaId = this.plan.areas().get(0).id();

		Document refused = page(post("/plans/" + this.plan.id() + "/areas/" + areaId + "/delete").with(csrf()), admin);
		assertThat(refused.select(".govuk-error-summary").text()).contains("Area 1 still has actions");

		this.mvc
			.perform(post(actionUrl() + "/delete").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/plans/" + this.plan.id()));
		assertThat(this.jdbc.queryForObject("select count(*) from plan_action where id = ?", Integer.class,
				this.action.id()))
			.isZero();
		this.mvc
			.perform(post("/plans/" + this.plan.id() + "/areas/" + areaId + "/delete").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/plans/" + this.plan.id()));
		assertThat(this.plans.plan(this.plan.id()).areas()).isEmpty();
	}

	@Test
	void overridingTheDeadlineNeedsAReasonAndShowsIt() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		String deadline = "/plans/" + this.plan.id() + "/deadline";

		Document refused = page(post(deadline).with(csrf())
			.param("version", String.valueOf(this.plan.version()))
			.param("useComputed", "no")
			.param("deadline.day", "15")
			.param("deadline.month", "6")
			.param("deadline.year", "2020"), admin);
		assertThat(refused.select(".govuk-error-summary a").eachText())
			.containsExactly("Enter the reason for changing the deadline");
		assertThat(this.plans.plan(this.plan.id()).submissionDeadline()).hasToString("2020-06-01");

		this.mvc
			.perform(post(deadline).cookie(admin)
				.with(csrf())
				.param("version", String.valueOf(this.plan.version()))
				.param("useComputed", "no")
				.param("deadline.day", "15")
				.param("deadline.month", "6")
				.param("deadline.year", "2020")
				.param("reason", "Extension agreed with Ofsted because of the pandemic"))
			.andExpect(redirectedUrl("/plans/" + this.plan.id()));

		PlanView changed = this.plans.plan(this.plan.id());
		assertThat(changed.submissionDeadline()).hasToString("2020-06-15");
		assertThat(changed.deadline().computed()).hasToString("2020-06-01");
		Document page = page(get("/plans/" + this.plan.id()), admin);
		assertThat(page.select("#submission-deadline").text()).contains("15 June 2020",
				"Set by the programme office: Extension agreed with Ofsted because of the pandemic");
	}

	@Test
	void signOffAndActivityAreReadLineByLine() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		String record = "/plans/" + this.plan.id() + "/record";

		Document refused = page(post(record).with(csrf())
			.param("version", String.valueOf(this.plan.version()))
			.param("signOffs", "CYC | Amanda Hatton")
			.param("activity", "2020-03 | Briefing to elected members"), admin);
		assertThat(refused.select(".govuk-error-summary a").eachText()).containsExactly(
				"Line 1 of the sign-off must be organisation | name | role, with the date signed at the end if known");
		assertThat(refused.select("#signOffs").text()).isEqualTo("CYC | Amanda Hatton");

		this.mvc
			.perform(post(record).cookie(admin)
				.with(csrf())
				.param("version", String.valueOf(this.plan.version()))
				.param("signOffs", "CYC | Amanda Hatton | Director of Children's Services | 2020-06-30")
				.param("activity", "2020-03 | Briefing to elected members\n2020-04-01 | <script>alert(1)</script>"))
			.andExpect(redirectedUrl("/plans/" + this.plan.id()));

		assertThat(this.jdbc.queryForList("select organisation || ' | ' || name || ' | ' || role || ' | ' || signed_on "
				+ "from plan_sign_off where plan_id = ? order by position", String.class, this.plan.id()))
			.containsExactly("CYC | Amanda Hatton | Director of Children's Services | 2020-06-30");
		assertThat(this.jdbc.queryForList("select occurred || ' ' || precision || ' ' || text from plan_activity "
				+ "where plan_id = ? order by position", String.class, this.plan.id()))
			.containsExactly("2020-03-01 MONTH Briefing to elected members",
					"2020-04-01 DAY <script>alert(1)</script>");
		Document page = page(get("/plans/" + this.plan.id()), admin);
		assertThat(page.select("td").eachText()).contains("Amanda Hatton", "30 June 2020", "March 2020",
				"Briefing to elected members", "1 April 2020", "<script>alert(1)</script>");
		assertThat(page.select("script:containsData(alert)")).isEmpty();
	}

	@Test
	void planDetailsChangedThroughTheFormAreSaved() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		BrowserForm form = BrowserForm.of(page(get("/plans/" + this.plan.id() + "/edit"), admin))
			.set("title", "Renamed plan " + UUID.randomUUID())
			.set("kind", "PRIORITY_ACTION_PLAN")
			.set("status", "SUBMITTED")
			.set("scale", "RAG_BLUE")
			.set("boardName", "SEND Improvement Board")
			.set("chair", "Amanda Hatton")
			.set("viceChair", "Sharon Stoltz")
			.set("reportingCadence", "Monthly")
			.set("reviewPoints", "2020-09\n2020-12");

		this.mvc.perform(form.request().cookie(admin)).andExpect(redirectedUrl("/plans/" + this.plan.id()));

		assertThat(this.jdbc.queryForMap("select p.title, p.kind, p.status, s.code as scale, p.board_name, p.chair, "
				+ "p.vice_chair, p.reporting_cadence from plan p join progress_scale s on s.id = p.scale_id "
				+ "where p.id = ?", this.plan.id()))
			.containsEntry("title", form.value("title"))
			.containsEntry("kind", "PRIORITY_ACTION_PLAN")
			.containsEntry("status", "SUBMITTED")
			.containsEntry("scale", "RAG_BLUE")
			.containsEntry("board_name", "SEND Improvement Board")
			.containsEntry("chair", "Amanda Hatton")
			.containsEntry("vice_chair", "Sharon Stoltz")
			.containsEntry("reporting_cadence", "Monthly");
		assertThat(this.jdbc.queryForList("select month::text from review_point where plan_id = ? order by month",
				String.class, this.plan.id()))
			.containsExactly("2020-09-01", "2020-12-01");
	}

	private MockHttpServletRequestBuilder actionForm(String number, String outcome) {
		return post(actionUrl()).with(csrf())
			.param("number", number)
			.param("outcome", outcome)
			.param("action", "Write the statement")
			.param("start.day", "4")
			.param("start.month", "3")
			.param("start.year", "2020")
			.param("end.month", "5")
			.param("end.year", "2021")
			.param("leads", String.valueOf(this.maxineSquire));
	}

	private String actionUrl() {
		return "/plans/" + this.plan.id() + "/actions/" + this.action.id();
	}

	private Document page(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
		return Pages.html(this.mvc.perform(request.cookie(session)).andExpect(status().isOk()).andReturn());
	}

}
