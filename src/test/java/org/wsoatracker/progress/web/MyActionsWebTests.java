package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.OrganisationDetails;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My actions" for a lead who leads actions in two plans: a heading for each plan, in the plan register's order, with
 * that plan's actions under it and no one else's.
 */
@IntegrationTest
class MyActionsWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	AccountService accounts;

	@Test
	void aLeadOfActionsInTwoPlansSeesEachPlanWithItsOwnActions() throws Exception {
		LocalAreaView area = this.people
			.createLocalArea(new LocalAreaDetails(SignedInPages.unique("MINE"), "Two plans area"));
		OrganisationView council = this.people.addOrganisation(area.id(),
				new OrganisationDetails(SignedInPages.unique("C"), "Two Plans Council", OrganisationKind.COUNCIL));
		String email = SignedInPages.unique("lead").toLowerCase() + "@example.org";
		long account = this.accounts
			.createIfAbsent(new NewAccountCommand(email, "Robin Lee", Pages.DEMO_PASSWORD, Role.LEAD))
			.id();
		this.accounts.joinLocalArea(account, area.id());
		long robin = this.people.addPerson(area.id(), new PersonDetails(council.id(), "R.L", "Robin Lee",
				"Head of SEND", LeaderGroup.OPERATIONAL, null, account)).id();
		long sam = this.people.addPerson(area.id(), new PersonDetails(council.id(), "S.K", "Sam Kay", "Director",
				LeaderGroup.STRATEGIC, null, null)).id();
		long inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 1, 8),
						LocalDate.of(2024, 1, 12), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1),
						InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS),
				List.of(), List.of(new NewInspectionCommand.WeaknessDetails(1, "Leaders do not know the waits"),
						new NewInspectionCommand.WeaknessDetails(2, "Parents are not heard"))))
			.id();
		plan(inspection, "Priority action plan " + area.code(), new AreaCommand(1, "Leadership",
				"Leaders do not know the waits", List.of(1),
				List.of(action("1.1", "Leaders know the waits", robin), action("1.2", "Parents are heard", sam),
						action("1.3", "Plans are reviewed on time", robin))));
		plan(inspection, "Strategic plan update " + area.code(), new AreaCommand(1, "Co-production",
				"Parents are not heard", List.of(2), List.of(action("1.1", "The forum co-chairs the board", robin))));

		Document page = new SignedInPages(this.mvc).page(email, "/my-actions");

		List<Element> plans = page.select(".app-my-plan");
		assertThat(plans).extracting(plan -> plan.select("h2 .app-plan-title").text())
			.containsExactly("Priority action plan " + area.code(), "Strategic plan update " + area.code());
		assertThat(plans).extracting(plan -> plan.select("h2 .govuk-caption-m").text())
			.containsOnly("Two plans area");
		assertThat(plans.get(0).select("tbody th").eachText()).containsExactly("1.1", "1.3");
		assertThat(plans.get(0).select("tbody td").eachText()).contains("Leaders know the waits",
				"Plans are reviewed on time").doesNotContain("Parents are heard");
		assertThat(plans.get(1).select("tbody th").eachText()).containsExactly("1.1");
		assertThat(plans.get(1).select("tbody td").eachText()).contains("The forum co-chairs the board");
		assertThat(page.select("table caption").eachText()).containsExactly(
				"Actions you lead in Priority action plan " + area.code(),
				"Actions you lead in Strategic plan update " + area.code());
	}

	private void plan(long inspection, String title, AreaCommand area) {
		this.plans.createPlan(new NewPlanCommand(inspection, new PlanDetails(PlanKind.PRIORITY_ACTION_PLAN, title,
				PlanStatus.DRAFT, "RAG_BLUE", null, null, null, null), List.of(), List.of(), List.of(), List.of(area)));
	}

	private static ActionDetails action(String number, String outcome, long lead) {
		return new ActionDetails(number, outcome, "Do it", PlanDate.parse("2024-05"), PlanDate.parse("2025-05"), null,
				List.of(lead), List.of(), List.of(), null, List.of());
	}

}
