package org.wsoatracker.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of local areas, partner organisations, people, inspections, findings and areas of weakness in a real
 * browser: every page and form, empty and with errors, checked with axe-core (a form's other error states are
 * asserted without checking the same template again).
 */
class AdminPagesBrowserIT extends BrowserTest {

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Test
	void leadReadsALocalAreaAndItsInspection() {
		signInAndWait(Pages.LEAD);
		visit("/local-areas");
		driver.findElement(By.linkText("York")).click();
		check();
		assertThat(heading()).isEqualTo("York");
		assertThat(driver.findElements(By.linkText("Add a person"))).isEmpty();

		driver.findElement(By.linkText("Joint local area SEND inspection (2016 framework)")).click();
		check();
		assertThat(driver.findElements(By.cssSelector("#findings ~ section h3"))).hasSizeGreaterThanOrEqualTo(3);
		driver.findElement(By.linkText("York written statement of action")).click();
		assertThat(heading()).isEqualTo("York written statement of action");
	}

	@Test
	void administratorSetsUpALocalAreaWithEveryForm() {
		String code = SignedInPages.unique("BR");
		signInAndWait(Pages.ADMIN);

		// Local area
		visit("/local-areas");
		driver.findElement(By.linkText("Add a local area")).click();
		check();
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the local area's name", "Enter the local area's code");
		field("name").sendKeys("Browsershire " + code);
		field("code").sendKeys(code);
		submit();
		check();
		assertThat(banner()).isEqualTo("Local area added");
		String areaUrl = driver.getCurrentUrl();

		// Partner organisation
		driver.findElement(By.linkText("Add a partner organisation")).click();
		check();
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the organisation's code", "Enter the organisation's name",
				"Select the kind of organisation");
		field("code").sendKeys("BC");
		field("name").sendKeys("Browsershire Council");
		field("kind").click();
		submit();
		assertThat(banner()).isEqualTo("Organisation added");

		driver.findElement(By.partialLinkText("Change")).click();
		check();
		field("name").clear();
		submit();
		assertThat(errors()).containsExactly("Enter the organisation's name");
		assertThat(field("code").getAttribute("value")).isEqualTo("BC");

		// Person
		driver.get(areaUrl);
		driver.findElement(By.linkText("Add a person")).click();
		check();
		submit();
		check();
		assertThat(errors()).hasSize(5);
		field("initials").sendKeys("B.R");
		field("name").sendKeys("Bea Rowser");
		new Select(field("organisation")).selectByVisibleText("Browsershire Council (BC)");
		field("roleTitle").sendKeys("Head of SEND");
		field("group-2").click();
		field("email").sendKeys("bea.example.org");
		submit();
		assertThat(errors()).containsExactly("Enter an email address in the correct format, like name@example.org");
		field("email").clear();
		field("email").sendKeys("bea@example.net");
		submit();
		check();
		assertThat(banner()).isEqualTo("Person added");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bea Rowser");

		driver.findElement(By.cssSelector("main a[href*='/people/'][href$='/edit']")).click();
		check();
		assertThat(heading()).isEqualTo("Change a person");

		// Inspection
		driver.get(areaUrl);
		driver.findElement(By.linkText("Add an inspection")).click();
		check();
		submit();
		check();
		assertThat(errors()).containsExactly("Select the kind of inspection", "Enter the date the inspection started",
				"Enter the date the inspection ended", "Select the outcome of the inspection");
		field("framework-2").click();
		date("startDate", "29", "4", "2024");
		date("endDate", "3", "5", "2024");
		date("publicationDate", "31", "2", "2024");
		field("outcome-4").click();
		submit();
		assertThat(errors()).containsExactly("Publication date must be a real date");
		driver.findElement(By.cssSelector(".govuk-error-summary a")).click();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("publicationDate");
		field("publicationDate").clear();
		field("publicationDate-month").clear();
		field("publicationDate-year").clear();
		submit();
		check();
		assertThat(banner()).isEqualTo("Inspection added");
		String inspectionUrl = driver.getCurrentUrl();

		driver.findElement(By.linkText("Change the inspection's details")).click();
		check();
		field("endDate-year").clear();
		field("endDate-year").sendKeys("2023");
		submit();
		assertThat(errors()).containsExactly("End date must be the same as or after the start date");

		// Areas of weakness
		driver.get(inspectionUrl);
		driver.findElement(By.linkText("Add an area of weakness")).click();
		check();
		field("number").clear();
		submit();
		check();
		// The inspection is of the 2023 framework: each weakness is an area for priority action or for improvement.
		assertThat(errors()).containsExactly("Enter the number of the area of weakness", "Enter the area of weakness",
				"Select whether it is an area for priority action or an area for improvement");
		field("number").sendKeys("1");
		field("text").sendKeys("Leaders should ensure that EHC plans are updated in good time.");
		driver.findElement(By.cssSelector("label[for=kind]")).click();
		submit();
		assertThat(banner()).isEqualTo("Area of weakness added");

		driver.findElement(By.cssSelector("main a[href*='/weaknesses/'][href$='/edit']")).click();
		check();
		field("text").clear();
		submit();
		assertThat(errors()).containsExactly("Enter the area of weakness");

		driver.get(inspectionUrl);
		driver.findElement(By.cssSelector("main a[href*='/weaknesses/'][href$='/delete']")).click();
		check();
		assertThat(heading()).isEqualTo("Delete area of weakness 1?");
		InspectionView inspection = this.inspections.inspection(id(inspectionUrl));
		this.plans.createPlan(new NewPlanCommand(inspection.id(),
				new PlanDetails(PlanKind.STRATEGIC_PLAN_UPDATE, "Browsershire plan " + code, PlanStatus.DRAFT,
						"RAG_BLUE", null, null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "EHC plans", "Updated in time", List.of(1), List.of()))));
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("You cannot delete area of weakness 1");

		// Findings
		driver.get(inspectionUrl);
		driver.findElement(By.linkText("Add a finding")).click();
		check();
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the heading the finding is under", "Select the kind of finding",
				"Enter the finding");
		field("heading").sendKeys("What is the area partnership doing that is effective?");
		field("kind-2").click();
		field("text").sendKeys("The parent carer forum is a valued strategic partner.");
		submit();
		check();
		assertThat(banner()).isEqualTo("Finding added");

		driver.findElement(By.cssSelector("main a[href*='/findings/'][href$='/edit']")).click();
		check();
		field("text").clear();
		submit();
		assertThat(errors()).containsExactly("Enter the finding");

		driver.get(inspectionUrl);
		driver.findElement(By.cssSelector("main a[href*='/findings/'][href$='/edit']")).click();
		this.inspections.addFinding(inspection.id(), new FindingDetails("Inspection outcome",
				FindingKind.MAIN_FINDING, "Added by someone else while the form was open."));
		submit();
		check();
		assertThat(errors()).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("Someone else changed this while you were editing it");

		driver.get(inspectionUrl);
		driver.findElement(By.cssSelector("main a[href*='/findings/'][href$='/delete']")).click();
		check();
		assertThat(heading()).isEqualTo("Delete this finding?");
		submit();
		assertThat(banner()).isEqualTo("Finding deleted");
	}

	@Test
	void administratorFollowsTheSetUpTaskList() {
		LocalAreaView area = this.people
			.createLocalArea(new LocalAreaDetails(SignedInPages.unique("TL"), "Task list area"));
		signInAndWait(Pages.ADMIN);
		visit("/");
		driver.findElement(By.linkText("Set up Task list area")).click();
		check();
		assertThat(heading()).isEqualTo("Set up your local area");
		assertThat(driver.findElements(By.cssSelector(".govuk-task-list__status--cannot-start-yet"))).hasSize(7);
		driver.findElement(By.linkText("Add partner organisations")).click();
		check();
		assertThat(driver.getCurrentUrl()).endsWith("/local-areas/" + area.id() + "/organisations/new");

		// a local area well under way: completed tasks, and links to where the rest is done
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		visit("/local-areas/" + york);
		driver.findElement(By.linkText("Set up your local area")).click();
		check();
		assertThat(driver.findElements(By.cssSelector(".govuk-task-list__status")))
			.extracting(WebElement::getText)
			.contains("Completed");
	}

	@Test
	void aWeaknessThatAPlanAnswersCannotBeDeleted() {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		InspectionView inspection = this.inspections.inspections(york).get(0);
		signInAndWait(Pages.ADMIN);

		visit("/inspections/" + inspection.id() + "/weaknesses/" + inspection.weaknesses().get(0).id() + "/delete");

		assertThat(heading()).isEqualTo("You cannot delete area of weakness 1");
		assertThat(driver.findElements(By.cssSelector("main button"))).isEmpty();
	}

	@Test
	void administratorArchivesRestoresAndDeletesALocalAreaInspectionAndPlan() {
		LocalAreaView area = this.people
			.createLocalArea(new LocalAreaDetails(SignedInPages.unique("LC"), "Life cycle area"));
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 3, 4),
						LocalDate.of(2024, 3, 8), LocalDate.of(2024, 4, 20), LocalDate.of(2024, 4, 20),
						InspectionOutcome.INCONSISTENT_EXPERIENCES),
				List.of(), List.of()));
		long planId = this.plans.createPlan(new NewPlanCommand(inspection.id(),
				new PlanDetails(PlanKind.STRATEGIC_PLAN_UPDATE, "Life cycle plan " + area.code(), PlanStatus.DRAFT,
						"RAG_BLUE", null, null, null, null),
				List.of(), List.of(), List.of(), List.of()))
			.id();
		signInAndWait(Pages.ADMIN);

		// a plan: archived, read in the archived list, restored
		visit("/plans/" + planId);
		driver.findElement(By.linkText("Archive this plan")).click();
		check();
		assertThat(heading()).isEqualTo("Are you sure you want to archive this plan?");
		submit();
		check();
		assertThat(banner()).isEqualTo("Plan archived: it is under archived plans");
		driver.findElement(By.linkText("Archived plans")).click();
		check();
		driver.findElement(By.linkText("Life cycle plan " + area.code())).click();
		check();
		submit(By.cssSelector("#archived button"));
		assertThat(banner()).isEqualTo("Plan restored");

		// an inspection that a plan answers cannot be deleted; archived, it is listed apart on its area's page
		visit("/inspections/" + inspection.id() + "/delete");
		assertThat(heading()).isEqualTo("You cannot delete this inspection");
		driver.findElement(By.linkText("Archive this inspection")).click();
		check();
		submit();
		check();
		assertThat(banner()).isEqualTo("Inspection archived: it is under archived inspections");
		visit("/inspections/" + inspection.id());
		submit(By.cssSelector("#archived button"));
		assertThat(banner()).isEqualTo("Inspection restored");

		// the plan, then the inspection, deleted once nothing refers to them
		visit("/plans/" + planId + "/delete");
		submit();
		assertThat(banner()).isEqualTo("Plan deleted");
		visit("/inspections/" + inspection.id() + "/delete");
		assertThat(heading()).isEqualTo("Are you sure you want to delete this inspection?");

		// the local area: archived, read in the archived list, restored
		visit("/local-areas/" + area.id() + "/archive");
		submit();
		check();
		driver.findElement(By.linkText("Archived local areas")).click();
		check();
		driver.findElement(By.linkText("Life cycle area")).click();
		check();
		submit(By.cssSelector("#archived button"));
		assertThat(banner()).isEqualTo("Local area restored");

		// the demo data cannot be removed with a demo account
		visit("/demo-data/remove");
		assertThat(heading()).isEqualTo("Are you sure you want to remove the demo data?");
		assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
	}

	/**
	 * Signs in and waits for the home page, so that the next page is not asked for while signing in is still going
	 * on.
	 */
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

	private static long id(String url) {
		return Long.parseLong(url.replaceFirst(".*/", ""));
	}

}
