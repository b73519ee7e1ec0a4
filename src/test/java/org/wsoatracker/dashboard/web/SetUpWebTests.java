package org.wsoatracker.dashboard.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.wsoatracker.people.PersonView;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office's "Set up your local area" task list, on a local area of the test's own, from empty to fully set
 * up: each task's status as the administrator reads it, its link and who may see it.
 */
@IntegrationTest
class SetUpWebTests {

	static final List<String> TASKS = List.of("Add partner organisations", "Add people", "Record the inspection",
			"Add the inspection's findings and areas of weakness", "Create the plan",
			"Add the plan's areas for improvement", "Add actions and their leads", "Give leads an account",
			"Open the first reporting period");

	@Autowired
	MockMvc mvc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	AccountService accounts;

	SignedInPages pages;

	LocalAreaView area;

	@BeforeEach
	void newLocalArea() {
		this.pages = new SignedInPages(this.mvc);
		this.area = this.people.createLocalArea(new LocalAreaDetails(SignedInPages.unique("SET"), "Set-up test area"));
	}

	@Test
	void aNewLocalAreaHasEveryTaskNotStartedOrWaitingForTheOneBefore() throws Exception {
		Document page = setUpPage();
		assertThat(page.title()).isEqualTo("Set up your local area – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("Set up your local area");
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Set-up test area");
		assertThat(statuses(page)).containsExactly(entry(0, "Not started"), entry(1, "Cannot start yet"),
				entry(2, "Not started"), entry(3, "Cannot start yet"), entry(4, "Cannot start yet"),
				entry(5, "Cannot start yet"), entry(6, "Cannot start yet"), entry(7, "Cannot start yet"),
				entry(8, "Cannot start yet"));
		assertThat(page.select(".app-set-up-count").text()).isEqualTo("You have completed 0 of 9 tasks.");

		// GOV.UK task list markup: a task that can start is a link described by its hint and status, shown as a tag
		Element organisations = page.select("ul.govuk-task-list > li.govuk-task-list__item").get(0);
		assertThat(organisations.hasClass("govuk-task-list__item--with-link")).isTrue();
		Element link = organisations.selectFirst("a.govuk-link.govuk-task-list__link");
		assertThat(link.attr("href")).isEqualTo("/local-areas/" + this.area.id() + "/organisations/new");
		assertThat(link.attr("aria-describedby")).isEqualTo("set-up-organisations-hint set-up-organisations-status");
		assertThat(page.select("#set-up-organisations-hint").text())
			.startsWith("Completed when the local area has at least one partner organisation");
		assertThat(page.select("#set-up-organisations-status strong.govuk-tag").text()).isEqualTo("Not started");
		assertThat(page.select("#set-up-inspection-status").parents().select("a").attr("href"))
			.isEqualTo("/local-areas/" + this.area.id() + "/inspections/new");

		// one that cannot start yet has no link, and its status is grey text
		Element people = page.select("ul.govuk-task-list > li").get(1);
		assertThat(people.hasClass("govuk-task-list__item--with-link")).isFalse();
		assertThat(people.select("a")).isEmpty();
		assertThat(people.select(".govuk-task-list__status").hasClass("govuk-task-list__status--cannot-start-yet"))
			.isTrue();
		assertThat(people.select(".govuk-task-list__hint").text()).contains("Add a partner organisation first.");
	}

	@Test
	void anOrganisationAndAPersonCompleteTheFirstTwoTasks() throws Exception {
		OrganisationView council = addCouncil();
		assertThat(statuses(setUpPage())).containsEntry(0, "Completed").containsEntry(1, "Not started");

		this.people.addPerson(this.area.id(),
				new PersonDetails(council.id(), "A.B", "Alex Brown", "Director", LeaderGroup.STRATEGIC, null, null));
		Document page = setUpPage();
		assertThat(statuses(page)).containsEntry(0, "Completed").containsEntry(1, "Completed")
			.containsEntry(2, "Not started").containsEntry(3, "Cannot start yet");
		// a completed task says so in plain text, not in a tag, and links to what was done
		assertThat(page.select("#set-up-people-status strong")).isEmpty();
		assertThat(page.select("#set-up-people-status").text()).isEqualTo("Completed");
		assertThat(page.select("ul.govuk-task-list > li").get(1).select("a").attr("href"))
			.isEqualTo("/local-areas/" + this.area.id() + "#people");
		assertThat(page.select(".app-set-up-count").text()).isEqualTo("You have completed 2 of 9 tasks.");
	}

	@Test
	void eachTaskIsCompletedByWhatItsHintSays() throws Exception {
		OrganisationView council = addCouncil();
		PersonView lead = this.people.addPerson(this.area.id(), new PersonDetails(council.id(), "C.D", "Chris Day",
				"Head of SEND", LeaderGroup.OPERATIONAL, null, null));
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(new FindingDetails("Identifying needs", FindingKind.MAIN_FINDING, "Needs are found late")),
				List.of()));
		assertThat(statuses(setUpPage())).containsEntry(2, "Completed").containsEntry(3, "In progress")
			.containsEntry(4, "Not started").containsEntry(5, "Cannot start yet");

		this.inspections.addWeakness(inspection.id(), new WeaknessDetails(1, "Oversight"));
		this.inspections.addWeakness(inspection.id(), new WeaknessDetails(2, "Commissioning"));
		// the plan answers weakness 1 with an area that has an action led by the person; weakness 2 is unanswered
		ActionDetails first = action("1.1", List.of(lead.id()));
		long planId = plan(inspection.id(), "Set-up test plan",
				new AreaCommand(1, "Leadership", "Oversight", List.of(1), List.of(first)));
		Document page = setUpPage();
		assertThat(statuses(page)).containsEntry(3, "Completed").containsEntry(4, "Completed")
			.containsEntry(5, "In progress").containsEntry(6, "Completed").containsEntry(7, "Not started")
			.containsEntry(8, "Not started");
		assertThat(page.text()).contains("The tasks about the plan are about Set-up test plan");
		assertThat(page.select("#set-up-period-status").parents().select("a").attr("href"))
			.isEqualTo("/plans/" + planId + "/periods");

		// a second area answers weakness 2, but has no action yet
		this.plans.addArea(planId, 2, "Joint commissioning", "Commissioning", Set.of(weakness(inspection.id(), 2)));
		assertThat(statuses(setUpPage())).containsEntry(5, "Completed").containsEntry(6, "In progress");

		// a newer plan answering the inspection is the one the tasks are about: both weaknesses answered, each area
		// with an action led by the person
		long newer = plan(inspection.id(), "Set-up test plan, second version",
				new AreaCommand(1, "Leadership", "Oversight", List.of(1), List.of(action("1.1", List.of(lead.id())))),
				new AreaCommand(2, "Joint commissioning", "Commissioning", List.of(2),
						List.of(action("2.1", List.of(lead.id())))));
		assertThat(statuses(setUpPage())).containsEntry(5, "Completed").containsEntry(6, "Completed")
			.containsEntry(7, "Not started").containsEntry(8, "Not started");

		long account = this.accounts
			.createIfAbsent(new NewAccountCommand(SignedInPages.unique("setup").toLowerCase() + "@example.org",
					"Chris Day", "a long passphrase nobody guesses 2026", Role.LEAD))
			.id();
		this.accounts.joinLocalArea(account, council.localAreaId());
		PersonView current = this.people.person(lead.id());
		this.people.updatePerson(lead.id(), current.version(), new PersonDetails(council.id(), "C.D", "Chris Day",
				"Head of SEND", LeaderGroup.OPERATIONAL, null, account));
		this.progress.openPeriod(newer, YearMonth.of(2020, 9), LocalDate.of(2020, 9, 30), false);

		Document done = setUpPage();
		assertThat(done.text()).contains("The tasks about the plan are about Set-up test plan, second version");
		assertThat(statuses(done).values()).hasSize(9).containsOnly("Completed");
		assertThat(done.select(".app-set-up-count").text()).isEqualTo("You have completed 9 of 9 tasks.");
		assertThat(done.select("ul.govuk-task-list strong.govuk-tag")).isEmpty();
	}

	@Test
	void areasWaitForTheInspectionsWeaknessesAndOneAreaMayAnswerSeveral() throws Exception {
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(), List.of()));
		long planId = plan(inspection.id(), "Plan before its weaknesses");
		// an area must answer an area of weakness, so none can be added before the inspection has one
		Document waiting = setUpPage();
		assertThat(statuses(waiting)).containsEntry(4, "Completed").containsEntry(5, "Cannot start yet");
		assertThat(waiting.select("ul.govuk-task-list > li").get(5).select("a")).isEmpty();

		this.inspections.addWeakness(inspection.id(), new WeaknessDetails(1, "Oversight"));
		this.inspections.addWeakness(inspection.id(), new WeaknessDetails(2, "Commissioning"));
		assertThat(statuses(setUpPage())).containsEntry(5, "Not started");

		this.plans.addArea(planId, 1, "Leadership and commissioning", "Oversight and commissioning",
				Set.of(weakness(inspection.id(), 1), weakness(inspection.id(), 2)));
		assertThat(statuses(setUpPage())).containsEntry(5, "Completed");
	}

	@Test
	void theLocalAreaPageAndTheAdministratorsHomePageLinkToTheTaskList() throws Exception {
		String href = "/local-areas/" + this.area.id() + "/set-up";
		assertThat(this.pages.page(Pages.ADMIN, "/local-areas/" + this.area.id()).select("a[href=" + href + "]").text())
			.isEqualTo("Set up your local area");
		assertThat(this.pages.page(Pages.ADMIN, "/").select(".app-set-up-links a[href=" + href + "]").text())
			.isEqualTo("Set up Set-up test area");
		assertThat(this.pages.page(Pages.BOARD, "/local-areas/" + this.area.id()).select("a[href=" + href + "]"))
			.isEmpty();
		assertThat(this.pages.page(Pages.BOARD, "/").select(".app-set-up-links")).isEmpty();
	}

	@Test
	void onlyAdministratorsMaySeeIt() throws Exception {
		String path = "/local-areas/" + this.area.id() + "/set-up";
		assertThat(this.pages.get(Pages.ADMIN, path).getResponse().getStatus()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void otherRolesAreRefused(String email) throws Exception {
		assertThat(this.pages.get(email, "/local-areas/" + this.area.id() + "/set-up").getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void anUnknownLocalAreaIsNotFound() throws Exception {
		assertThat(this.pages.get(Pages.ADMIN, "/local-areas/999999999/set-up").getResponse().getStatus())
			.isEqualTo(404);
	}

	private OrganisationView addCouncil() {
		return this.people.addOrganisation(this.area.id(),
				new OrganisationDetails(SignedInPages.unique("C"), "Set-up City Council", OrganisationKind.COUNCIL));
	}

	private long plan(long inspectionId, String title, AreaCommand... areas) {
		return this.plans.createPlan(new NewPlanCommand(inspectionId,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, title, PlanStatus.DRAFT, "YORK_SIX_STEP", null,
						null, null, null),
				List.of(), List.of(), List.of(), List.of(areas)))
			.id();
	}

	private Long weakness(long inspectionId, int number) {
		return this.inspections.inspection(inspectionId)
			.weaknesses()
			.stream()
			.filter(w -> w.number() == number)
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static ActionDetails action(String number, List<Long> leads) {
		return new ActionDetails(number, "Outcome " + number, "Action " + number, PlanDate.parse("2020-09"),
				PlanDate.parse("2021-03"), null, leads, List.of(), List.of(), null, List.of());
	}

	private Document setUpPage() throws Exception {
		return this.pages.page(Pages.ADMIN, "/local-areas/" + this.area.id() + "/set-up");
	}

	/**
	 * Each task's status as shown, by position, after checking the tasks are the nine expected in order.
	 */
	private static Map<Integer, String> statuses(Document page) {
		List<Element> items = page.select("ul.govuk-task-list > li.govuk-task-list__item");
		assertThat(items).extracting(item -> item.selectFirst(".govuk-task-list__name-and-hint > :first-child").text())
			.containsExactlyElementsOf(TASKS);
		Map<Integer, String> statuses = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			statuses.put(i, items.get(i).selectFirst(".govuk-task-list__status").text());
		}
		return statuses;
	}

	private static Map.Entry<Integer, String> entry(int index, String status) {
		return Map.entry(index, status);
	}

}
