package org.wsoatracker.demo.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.report.PublishCommand;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data removed in one step by an administrator, on a database of its own (the other tests build on the demo
 * data): the demo local areas with everything in them, their published reports and the demo accounts go, a record of
 * the council's own keeps what it names, nothing else changes (its published report neither), and demo mode does not load the demo again when the
 * service starts. Only an administrator who is not a demo account may do it.
 */
// The council's own administrator signs in with a password alone here: the second factor has tests of its own.
@SpringBootTest(properties = { "wsoa.embedded-database.enabled=false", "wsoa.demo.enabled=true",
		"wsoa.reminders.cron=-", "wsoa.mfa.required-roles=" })
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataRemovalWebTests {

	static final String OFFICE = "office@council.example.org";

	static final List<String> DEMO_ACCOUNTS = List.of(Pages.ADMIN, Pages.BOARD, Pages.LEAD, Pages.SCRUTINY);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	ReportService reports;

	@Autowired
	ApplicationContext context;

	@Test
	@Order(1)
	void onlyAnAdministratorWhoIsNotADemoAccountRemovesTheDemoData() throws Exception {
		SignedInPages pages = new SignedInPages(this.mvc);
		for (String email : List.of(Pages.BOARD, Pages.LEAD, Pages.SCRUTINY)) {
			assertThat(pages.get(email, "/demo-data/remove").getResponse().getStatus()).isEqualTo(403);
			assertThat(pages.post(email, "/demo-data/remove").getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(pages.postWithoutCsrf(Pages.ADMIN, "/demo-data/remove").getResponse().getStatus()).isEqualTo(403);

		Document page = pages.page(Pages.ADMIN, "/demo-data/remove");
		assertThat(page.select("#refusal").text()).startsWith("You are signed in with a demo account");
		assertThat(page.select("main form")).isEmpty();
		MvcResult refused = pages.post(Pages.ADMIN, "/demo-data/remove");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(Pages.html(refused).select("main p").first().text()).startsWith("You are signed in with a demo");

		assertThat(demoLocalAreaCodes()).containsExactly("NORTH_YORKSHIRE", "YORK");
		assertThat(count("select count(*) from published_report")).isEqualTo(5);
		assertThat(count("select count(*) from demo_data_removal")).isZero();
	}

	@Test
	@Order(2)
	void theDemoDataGoesInOneStepAndNothingElseChanges() throws Exception {
		this.accounts
			.createIfAbsent(new NewAccountCommand(OFFICE, "Programme Office", Pages.DEMO_PASSWORD, Role.ADMIN));
		long realUpdate = realPlanWithAnUpdateByTheDemoAdministrator();
		// Invited by the demo administrator into every local area there is, as the README's way to go live says.
		long office = this.accounts.findByEmail(OFFICE).orElseThrow().id();
		this.people.localAreas().forEach(area -> this.accounts.joinLocalArea(office, area.id()));
		List<Long> realReports = this.jdbc.queryForList("select id from published_report where not demo", Long.class);
		assertThat(realReports).hasSize(1);
		long yorkId = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		int realAreas = count("select count(*) from local_area where not demo");
		int realPeople = count("select count(*) from person p join local_area a on a.id = p.local_area_id "
				+ "where not a.demo");
		SignedInPages pages = new SignedInPages(this.mvc);
		Document before = pages.page(OFFICE, "/local-areas");
		assertThat(before.select("main a").eachText()).contains("York", "North Yorkshire", "Remove the demo data");

		Document confirm = pages.page(OFFICE, "/demo-data/remove");
		assertThat(confirm.select("h1").eachText()).containsExactly("Are you sure you want to remove the demo data?");
		assertThat(confirm.select("main li").first().text()).contains("(North Yorkshire, York)");
		assertThat(confirm.select("main form button").text()).isEqualTo("Remove the demo data");

		Document after = pages.follow(OFFICE, pages.post(OFFICE, "/demo-data/remove"));

		assertThat(after.select(".govuk-notification-banner__heading").text()).isEqualTo("Demo data removed");
		assertThat(after.select("main a").eachText())
			.containsExactly("Add a local area", "Realshire", "Archived local areas");
		assertThat(demoLocalAreaCodes()).isEmpty();
		assertThat(count("select count(*) from plan where title in ('York written statement of action', "
				+ "'North Yorkshire SEND strategic plan update')")).isZero();
		assertThat(this.jdbc.queryForList("select id from published_report", Long.class)).isEqualTo(realReports);
		assertThat(count("select count(*) from progress_update where demo")).isZero();
		assertThat(this.jdbc.queryForList("select email from account order by email", String.class))
			.containsExactly(Pages.ADMIN, OFFICE);
		assertThat(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().enabled()).isFalse();
		assertThat(count("select count(*) from local_area where not demo")).isEqualTo(realAreas);
		assertThat(count("select count(*) from person")).isEqualTo(realPeople);
		assertThat(count("select count(*) from progress_update where id = ? and author_account_id = "
				+ "(select id from account where email = '" + Pages.ADMIN + "')", realUpdate)).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select removed_by from demo_data_removal", String.class))
			.isEqualTo(OFFICE);
		assertThat(this.jdbc.queryForObject("select detail from security_event where kind = 'DEMO_DATA_REMOVED' "
				+ "and actor_email = ?", String.class, OFFICE))
			.contains("North Yorkshire", "York", "5 published reports", Pages.LEAD)
			.endsWith("disabled, as other records name them: " + Pages.ADMIN);
		assertThat(count("select count(*) from audit_event where entity = 'LocalArea' and entity_id = " + yorkId
				+ " and operation = 'DELETE' and account_email = '" + OFFICE + "'")).isEqualTo(1);
		assertThat(pages.page(OFFICE, "/plans").select("main").text()).doesNotContain("York");
		assertThat(pages.page(OFFICE, "/reports").select("main").text()).doesNotContain("York")
			.contains("Realshire plan");
		assertThat(pages.page(OFFICE, "/demo-data/remove").select("h1").text())
			.isEqualTo("There is no demo data to remove");

		// The service starts again: demo mode loads nothing, and everything still works.
		for (ApplicationRunner runner : this.context.getBeansOfType(ApplicationRunner.class).values()) {
			runner.run(new DefaultApplicationArguments());
		}
		assertThat(demoLocalAreaCodes()).isEmpty();
		assertThat(count("select count(*) from local_area")).isEqualTo(realAreas);
		assertThat(this.jdbc.queryForList("select email from account order by email", String.class))
			.containsExactly(Pages.ADMIN, OFFICE);
		assertThat(pages.page(OFFICE, "/local-areas").select("main a").eachText())
			.containsExactly("Add a local area", "Realshire", "Archived local areas");
	}

	/**
	 * A local area of the council's own, with a plan whose update the demo administrator wrote (as a council might,
	 * signed in with it before inviting anyone): the update names the account. Its period is closed and its report
	 * published.
	 */
	private long realPlanWithAnUpdateByTheDemoAdministrator() {
		LocalAreaView area = this.people.createLocalArea("REAL", "Realshire");
		long inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 3, 4),
						LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 4, 20),
						InspectionOutcome.INCONSISTENT_EXPERIENCES),
				List.of(), List.of(new WeaknessDetails(1, "Waits are too long"))))
			.id();
		long planId = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.STRATEGIC_PLAN_UPDATE, "Realshire plan", PlanStatus.DRAFT, "RAG_BLUE", null,
						null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Waiting times", "Waits are too long", List.of(1),
						List.of(new ActionDetails("1.1", "Shorter waits", "Recruit", PlanDate.parse("2024-05"),
								PlanDate.parse("2025-05"), null, List.of(), List.of(), List.of(), null,
								List.of()))))))
			.id();
		PlanView plan = this.plans.plan(planId);
		PeriodView june = this.progress.openPeriod(planId, YearMonth.of(2024, 6), LocalDate.of(2024, 7, 10), false);
		long demoAdministrator = this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id();
		long update = this.progress.write(plan.actions().findFirst().orElseThrow().id(),
				new UpdateCommand("GREEN", null, "Recruited two officers", "Recruit a third", Map.of()),
				new Actor(demoAdministrator, "Programme office", true), null, true)
			.id();
		this.progress.closePeriod(june.id(), this.progress.period(june.id()).version());
		this.reports.publish(june.id(), new PublishCommand("Scrutiny committee", "Programme office", null),
				this.accounts.findByEmail(OFFICE).orElseThrow().id(), "Programme Office");
		return update;
	}

	private List<String> demoLocalAreaCodes() {
		return this.jdbc.queryForList("select code from local_area where demo order by code", String.class);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DatabaseOfItsOwn {

		@Bean
		JdbcConnectionDetails databaseOfItsOwn() {
			return TestDatabase.freshDatabase();
		}

	}

}
