package org.wsoatracker.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.WeaknessKind;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of a plan after the inspection, in a real browser: readiness, a revisit with a judgement per area of
 * weakness, the accelerated progress plan made from those not sufficient (with the carried action's history), release
 * from monitoring, and a priority action plan from a 2023 inspection. Every page, empty and with errors, checked with
 * axe-core.
 */
class RevisitBrowserIT extends BrowserTest {

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void revisitJudgementsAndTheAcceleratedProgressPlan() {
		PlanView plan = plan();
		signInAndWait(Pages.ADMIN);

		visit("/plans/" + plan.id());
		assertThat(driver.findElements(By.cssSelector("#trail ~ ol li"))).hasSize(2);
		driver.findElement(By.linkText("Readiness for the revisit")).click();
		check();
		assertThat(heading()).isEqualTo("Readiness for the revisit");

		visit("/plans/" + plan.id());
		driver.findElement(By.linkText("Record a revisit or monitoring inspection of this plan")).click();
		check();
		submit();
		check();
		assertThat(errors()).containsExactly("Select whether it was a revisit or a monitoring inspection",
				"Enter the date the revisit started", "Enter the date the revisit ended");
		field("kind").click();
		date("startDate", "14", "11", "2022");
		date("endDate", "16", "11", "2022");
		field("letterSummary").sendKeys("Not sufficient progress in two areas.");
		submit();
		check();
		assertThat(heading()).isEqualTo("Revisit, November 2022");
		String revisit = driver.getCurrentUrl();

		driver.findElement(By.partialLinkText("Change the revisit")).click();
		check();
		driver.get(revisit);

		judge(1, null, null);
		check();
		assertThat(errors()).containsExactly("Select sufficient progress or not sufficient progress",
				"Enter what the inspectors said");
		driver.get(revisit);
		judge(1, "judgement", "Governance has improved.");
		judge(2, "judgement-2", "Joint commissioning is still underdeveloped.");
		judge(3, "judgement-2", "Co-production is not yet consistent.");
		check();
		assertThat(driver.findElements(By.cssSelector("#judgements ~ :is(table, .app-table-scroll) .govuk-tag")).stream()
			.map(WebElement::getText)
			.toList()).containsExactly("Sufficient progress", "Not sufficient progress", "Not sufficient progress");

		submit(By.cssSelector("form[action$='/release'] button"));
		check();
		assertThat(banner()).isEqualTo("Area of weakness 1 released from monitoring");

		driver.findElement(By.linkText("Make the accelerated progress plan")).click();
		check();
		field("title").clear();
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the title of the accelerated progress plan");
		field("title").sendKeys("Browser accelerated progress plan");
		submit();
		check();
		assertThat(heading()).isEqualTo("Browser accelerated progress plan");
		assertThat(driver.findElements(By.cssSelector("#trail ~ ol li")).stream().map(WebElement::getText).toList())
			.endsWith("Revisit: Revisit, November 2022",
					"Accelerated progress plan: Browser accelerated progress plan (this plan)");

		driver.findElement(By.cssSelector("a[href*='/actions/']")).click();
		check();
		driver.findElement(By.cssSelector("#carried-from a[href$='/updates']")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Before it was carried on here",
				"Commissioning framework drafted with the CCG.");
	}

	@Test
	void aPriorityActionPlanFromA2023InspectionAndTheFrameworksOutcomes() {
		InspectionView inspection = inspection2023();
		signInAndWait(Pages.ADMIN);

		visit("/inspections/" + inspection.id());
		driver.findElement(By.linkText("Add an area of weakness")).click();
		check();
		field("text").sendKeys("Transitions to adulthood.");
		submit();
		check();
		assertThat(errors()).containsExactly("Select whether it is an area for priority action or an area for improvement");

		visit("/inspections/" + inspection.id() + "/edit");
		field("outcome").click();
		submit();
		check();
		assertThat(errors()).containsExactly("Select an outcome of the 2023 framework: positive experiences and "
				+ "outcomes, inconsistent experiences and outcomes or widespread and/or systemic failings");

		visit("/inspections/" + inspection.id());
		driver.findElement(By.linkText("Make a priority action plan from the areas for priority action")).click();
		check();
		field("title").clear();
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the title of the priority action plan", "Select the progress scale");
		field("title").sendKeys("Browser priority action plan");
		field("scale").click();
		submit();
		check();
		assertThat(heading()).isEqualTo("Browser priority action plan");
	}

	private void judge(int number, String radio, String words) {
		driver.findElement(By.xpath("//a[contains(@href, '/judgement')][span[contains(., 'area of weakness " + number
				+ "')]]")).click();
		check();
		if (radio != null) {
			field(radio).click();
			field("inspectorsWords").sendKeys(words);
		}
		submit();
	}

	private PlanView plan() {
		LocalAreaView area = area("RBR");
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
						LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 18),
						InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(), List.of(new WeaknessDetails(1, "Leadership and governance."),
						new WeaknessDetails(2, "Joint commissioning."), new WeaknessDetails(3, "Co-production."))));
		long planId = this.plans.createPlan(new NewPlanCommand(inspection.id(),
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Browser revisit WSOA", PlanStatus.ACCEPTED,
						"YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Leadership", "Oversight", List.of(1), List.of(action("1.1"))),
						new AreaCommand(2, "Joint commissioning", "Commissioning", List.of(2),
								List.of(action("2.1"), action("2.2"))),
						new AreaCommand(3, "Co-production", "Co-production", List.of(3), List.of(action("3.1"))))))
			.id();
		PlanView plan = this.plans.plan(planId);
		this.progress.openPeriod(planId, YearMonth.of(2020, 5), LocalDate.of(2020, 6, 5), true);
		Actor admin = new Actor(this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				Pages.ADMIN), "Programme office", true);
		long completed = plan.actions().filter(a -> a.number().equals("2.1")).findFirst().orElseThrow().id();
		this.progress.write(completed, new UpdateCommand("COMPLETED", null, "Framework agreed.", "None", Map.of()),
				List.of(NewEvidence.link("Minutes", "https://example.org/minutes")), admin, null, true);
		long open = plan.actions().filter(a -> a.number().equals("2.2")).findFirst().orElseThrow().id();
		this.progress.write(open, new UpdateCommand("PROGRESSING_BUT_DELAYED", null,
				"Commissioning framework drafted with the CCG.", "Agree it", Map.of()), admin, null, true);
		return plan;
	}

	private InspectionView inspection2023() {
		LocalAreaView area = area("PBR");
		return this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 3, 4),
						LocalDate.of(2024, 3, 8), null, null, InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS),
				List.of(), List.of(new WeaknessDetails(1, "Waiting times.", WeaknessKind.AREA_FOR_PRIORITY_ACTION))));
	}

	private LocalAreaView area(String prefix) {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique(prefix), "Browser revisit area");
		this.jdbc.update("insert into account_local_area (account_id, local_area_id) select id, ? from account "
				+ "where email = ? on conflict do nothing", area.id(), Pages.ADMIN);
		return area;
	}

	private static ActionDetails action(String number) {
		return new ActionDetails(number, "Outcome " + number, "Action " + number, PlanDate.parse("2020-02"),
				PlanDate.parse("2021-07"), null, List.of(), List.of(), List.of(), null, List.of());
	}

	private void signInAndWait(String email) {
		signIn(email);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private static List<String> errors() {
		return driver.findElements(By.cssSelector(".govuk-error-summary a")).stream().map(WebElement::getText).toList();
	}

	private static String banner() {
		return driver.findElement(By.cssSelector(".govuk-notification-banner__heading")).getText();
	}

	private void date(String field, String day, String month, String year) {
		field(field).sendKeys(day);
		field(field + "-month").sendKeys(month);
		field(field + "-year").sendKeys(year);
	}

}
