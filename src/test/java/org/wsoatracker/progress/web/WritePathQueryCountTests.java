package org.wsoatracker.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.ActionDetails;
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
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.Statements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A lead's save reads only the action and what it needs of its plan: saving a draft or submitting an update takes as
 * many statements, reading as many rows, in a plan of 120 actions as in a plan of 12, and "my actions" as many
 * statements for a lead of many actions as for a lead of one. Each request is made as the lead would make it, signed in, and each save is read back from
 * the database.
 */
@IntegrationTest
class WritePathQueryCountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	InspectionService inspections;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	Statements statements;

	@Autowired
	JdbcTemplate jdbc;

	long york;

	@BeforeEach
	void setUp() {
		this.york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
	}

	@Test
	void savingAndSubmittingAnUpdateTakeAsManyStatementsInAPlanOf120ActionsAsInAPlanOf12() throws Exception {
		Lead lead = lead();
		long small = plan(12, lead.personId());
		long large = plan(120, lead.personId());
		Cookie session = Pages.signIn(this.mvc, lead.email());

		// A first save fills the session with what every later save finds there (its tokens): measured from then on.
		costToSave(session, this.plans.plan(small).actions().skip(1).findFirst().orElseThrow().id(), "none", "draft");
		Cost smallDraft = costToSave(session, firstAction(small), "none", "draft");
		Cost largeDraft = costToSave(session, firstAction(large), "none", "draft");
		Cost smallSubmit = costToSave(session, firstAction(small), version(firstAction(small)), "submit");
		Cost largeSubmit = costToSave(session, firstAction(large), version(firstAction(large)), "submit");

		System.out.printf("To save a draft: 12 actions %s, 120 actions %s; to submit: 12 actions %s, 120 actions %s%n",
				smallDraft, largeDraft, smallSubmit, largeSubmit);
		assertThat(largeDraft).isEqualTo(smallDraft);
		assertThat(largeSubmit).isEqualTo(smallSubmit);
		assertThat(this.jdbc.queryForList("select state from progress_update where action_id in (?, ?)", String.class,
				firstAction(small), firstAction(large)))
			.containsExactly("SUBMITTED", "SUBMITTED");
	}

	@Test
	void myActionsTakeAsManyStatementsForALeadOfManyActionsAsForALeadOfOne() throws Exception {
		Lead one = lead();
		plan(1, one.personId());
		Lead many = lead();
		plan(12, many.personId());
		plan(24, many.personId());
		Cookie oneSession = Pages.signIn(this.mvc, one.email());
		Cookie manySession = Pages.signIn(this.mvc, many.email());
		myActions(oneSession, 1);
		myActions(manySession, 36);

		long forOne = this.statements.countOf(() -> myActions(oneSession, 1));
		long forMany = this.statements.countOf(() -> myActions(manySession, 36));

		System.out.printf("SQL statements for my actions: 1 action %d, 36 actions in two plans %d%n", forOne, forMany);
		assertThat(forMany).isEqualTo(forOne);
	}

	/**
	 * The statements sent and the rows read to save the action's update, the whole request.
	 */
	private Cost costToSave(Cookie session, long actionId, String version, String intent) throws Exception {
		long[] statements = new long[1];
		String[] redirect = new String[1];
		long rows = this.statements.rowsOf(() -> statements[0] = this.statements.countOf(() -> {
			try {
				MvcResult result = this.mvc.perform(multipart("/actions/" + actionId + "/updates").with(csrf())
					.param("status", "PROGRESSING_AND_ON_TRACK")
					.param("done", "Done in " + intent)
					.param("nextSteps", "Report to the board")
					.param("version", version)
					.param("intent", intent)
					.cookie(session)).andReturn();
				assertThat(result.getResponse().getStatus())
					.as(Pages.html(result).select(".govuk-error-summary").text())
					.isEqualTo(302);
				redirect[0] = result.getResponse().getRedirectedUrl();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}));
		// The page the save leads to, as a browser would follow it: its message leaves the session, which every
		// measured save then finds as it was.
		this.mvc.perform(get(redirect[0]).cookie(session)).andReturn();
		assertThat(this.jdbc.queryForObject("select done from progress_update where action_id = ?", String.class,
				actionId))
			.isEqualTo("Done in " + intent);
		return new Cost(statements[0], rows);
	}

	private record Cost(long statements, long rows) {

		@Override
		public String toString() {
			return this.statements + " statements, " + this.rows + " rows";
		}

	}

	private void myActions(Cookie session, int expected) {
		try {
			MvcResult result = this.mvc.perform(get("/my-actions").cookie(session)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(Pages.html(result).select("main table tbody tr")).hasSize(expected);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String version(long actionId) {
		return String.valueOf(
				this.jdbc.queryForObject("select version from progress_update where action_id = ?", Long.class, actionId));
	}

	private long firstAction(long planId) {
		return this.plans.plan(planId).actions().findFirst().orElseThrow().id();
	}

	private Lead lead() {
		String email = SignedInPages.unique("counted").toLowerCase() + "@example.org";
		long account = this.accounts
			.createIfAbsent(new NewAccountCommand(email, "Counted Lead", Pages.DEMO_PASSWORD, Role.LEAD))
			.id();
		this.accounts.joinLocalArea(account, this.york);
		long council = this.people.findOrganisation(this.york, "CYC").orElseThrow().id();
		long person = this.people.addPerson(this.york, new PersonDetails(council,
				SignedInPages.unique("CL"), "Counted Lead", "Officer", LeaderGroup.OPERATIONAL, null,
				account)).id();
		return new Lead(email, person);
	}

	/**
	 * A plan of York's with the given number of actions, all led by the person, each with a numeric measure, and an
	 * open reporting period.
	 */
	private long plan(int actionCount, long lead) {
		long inspection = this.inspections.inspections(this.york).get(0).id();
		List<AreaCommand> areas = new ArrayList<>();
		int areaCount = (actionCount + 11) / 12;
		for (int area = 1; area <= areaCount; area++) {
			List<ActionDetails> actions = new ArrayList<>();
			for (int action = 1; action <= Math.min(12, actionCount - (area - 1) * 12); action++) {
				actions.add(new ActionDetails(area + "." + action, "Outcome " + area + "." + action, "Do it",
						PlanDate.parse("2020-02"), PlanDate.parse("2099-07"), null, List.of(lead), List.of(),
						List.of(new MeasureDetails("90% on time", null, new BigDecimal("90"), "%",
								YearMonth.of(2021, 12))),
						null, List.of()));
			}
			areas.add(new AreaCommand(area, "Area " + area, "Weakness " + area, List.of((area - 1) % 4 + 1), actions));
		}
		long planId = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Counted plan " + UUID.randomUUID(),
						PlanStatus.DRAFT, "YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(), List.of(), areas))
			.id();
		PlanView plan = this.plans.plan(planId);
		assertThat(plan.actions().count()).isEqualTo(actionCount);
		this.progress.openPeriod(planId, YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
		return planId;
	}

	private record Lead(String email, long personId) {
	}

}
