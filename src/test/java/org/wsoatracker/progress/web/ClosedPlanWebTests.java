package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changes that the records refuse are answered with the reason and save nothing: a closed or archived plan takes no
 * new reporting period or update, and a submitted update keeps its evidence.
 */
@IntegrationTest
class ClosedPlanWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	PlanService plans;

	@Autowired
	AccountService accounts;

	@Test
	void aClosedPlanRefusesANewPeriodAndNewUpdates() throws Exception {
		PlanView plan = this.testPlans.create();
		this.progress.openPeriod(plan.id(), YearMonth.of(2031, 1), LocalDate.of(2031, 2, 10), false);
		this.jdbc.update("update plan set status = 'CLOSED' where id = ?", plan.id());

		Document refused = Pages.html(new SignedInPages(this.mvc).post(Pages.ADMIN, "/plans/" + plan.id() + "/periods",
				"month.month", "2", "month.year", "2031", "dueDate.day", "10", "dueDate.month", "3", "dueDate.year",
				"2031"));

		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary").text()).contains("This plan is closed");
		assertThat(this.jdbc.queryForObject("select count(*) from reporting_period where plan_id = ?", Integer.class,
				plan.id())).isEqualTo(1);

		long actionId = plan.areas().get(0).actions().get(0).id();
		Actor admin = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Administrator", true);
		assertThatThrownBy(() -> this.progress.write(actionId,
				new UpdateCommand("NOT_YET_STARTED", null, "Done", "Next", Map.of()), admin, null, false))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("This plan is closed");
		assertThat(this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				actionId)).isZero();
	}

	@Test
	void anArchivedPlanRefusesANewPeriodAndNewUpdatesUntilItIsRestored() throws Exception {
		PlanView plan = this.testPlans.create();
		this.progress.openPeriod(plan.id(), YearMonth.of(2032, 1), LocalDate.of(2032, 2, 10), false);
		this.plans.archivePlan(plan.id());

		Document refused = Pages.html(new SignedInPages(this.mvc).post(Pages.ADMIN, "/plans/" + plan.id() + "/periods",
				"month.month", "2", "month.year", "2032", "dueDate.day", "10", "dueDate.month", "3", "dueDate.year",
				"2032"));

		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary").text()).contains("This plan is archived")
			.contains("Restore it to report on it");
		assertThat(this.jdbc.queryForObject("select count(*) from reporting_period where plan_id = ?", Integer.class,
				plan.id())).isEqualTo(1);

		long actionId = plan.areas().get(0).actions().get(0).id();
		Actor admin = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Administrator", true);
		UpdateCommand update = new UpdateCommand("NOT_YET_STARTED", null, "Done", "Next", Map.of());
		assertThatThrownBy(() -> this.progress.write(actionId, update, admin, null, false))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("This plan is archived");
		assertThat(this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				actionId)).isZero();

		this.plans.restorePlan(plan.id());
		this.progress.write(actionId, update, admin, null, false);
		assertThat(this.jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				actionId)).isEqualTo(1);
	}

	@Test
	void removingEvidenceFromASubmittedUpdateIsAnsweredWithTheReason() throws Exception {
		PlanView plan = this.testPlans.create();
		this.progress.openPeriod(plan.id(), YearMonth.of(2031, 5), LocalDate.of(2031, 6, 10), false);
		long actionId = plan.areas().get(0).actions().get(0).id();
		Actor admin = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Administrator", true);
		UpdateView submitted = this.progress.write(actionId,
				new UpdateCommand("NOT_YET_STARTED", null, "Done", "Next", Map.of()),
				List.of(NewEvidence.link("Minutes", "https://example.org/minutes")), admin, null, true);
		long evidenceId = this.jdbc.queryForObject("select id from evidence where update_id = ?", Long.class,
				submitted.id());

		MvcResult refused = new SignedInPages(this.mvc).post(Pages.ADMIN,
				"/actions/" + actionId + "/updates/" + submitted.id() + "/evidence/" + evidenceId + "/delete");

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		Document page = Pages.html(refused);
		assertThat(page.select("h1").text()).isEqualTo("Your change was not made");
		assertThat(page.select("main p").first().text()).isNotBlank();
		assertThat(this.jdbc.queryForObject("select count(*) from evidence where id = ?", Integer.class, evidenceId))
			.isEqualTo(1);
	}

}
