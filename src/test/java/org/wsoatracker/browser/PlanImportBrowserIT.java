package org.wsoatracker.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.spreadsheet.PlanSpreadsheets;
import org.wsoatracker.plan.spreadsheet.SpreadsheetFormat;
import org.wsoatracker.plan.web.PlanWordFiles;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing a plan from a spreadsheet in a real browser: the empty form, a form sent empty, a file with problems and a
 * good file; changing a plan from its own spreadsheet (upload, preview, apply) and the refusal to remove an action
 * with updates; a plan from a written statement's Word document, its columns mapped first; each page checked with
 * axe-core.
 */
class PlanImportBrowserIT extends BrowserTest {

	private static final String HEADER = "Row type,Area number,Area title,Weakness number,Action number,Sub-action,"
			+ "Outcome,Action,Start,End,Phase,Leads,Lead organisations,Measure,Baseline,Target,Unit,Target date,"
			+ "Evidence and impact,Area weakness\r\n";

	@TempDir
	Path folder;

	@Autowired
	PlanService plans;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PlanSpreadsheets spreadsheets;

	@Autowired
	ProgressService progress;

	@Autowired
	AccountService accounts;

	@Test
	void administratorImportsAPlanAfterFixingTheFile() throws Exception {
		signIn(Pages.ADMIN);
		visit("/plans/import");
		assertThat(heading()).isEqualTo("Import a plan from a spreadsheet");
		driver.findElement(By.linkText("How to fill in the plan table (guide)")).click();
		assertThat(heading()).isEqualTo("The plan table: spreadsheet template, export and import");
		check();
		visit("/plans/import");

		submit(By.cssSelector("main form[action='/plans/import'] button[type=submit]"));
		check();
		assertThat(driver.getTitle()).isEqualTo("Error: Import a plan from a spreadsheet – WSOA Tracker");
		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).extracting(WebElement::getText)
			.containsExactly("Select the inspection the plan answers", "Enter the plan title",
					"Select the kind of plan", "Select a progress scale", "Select a spreadsheet file");

		fillIn("York plan from a spreadsheet");
		Path bad = Files.writeString(this.folder.resolve("york-plan.xlsx"), HEADER
				+ "AREA,1,Leadership & Governance,1,,,,,,,,,,,,,,,,A lack of cohesive oversight\r\n"
				+ "ACTION,1,,,1.1,,<script>alert(1)</script>,Publish the WSOA,2020-13,2020-07,,X.Y (CYC),,,,,,,,\r\n"
				+ "MEASURE,,,,1.9,,,,,,,,,All on time,,ninety,%,,,\r\n", StandardCharsets.UTF_8);
		field("file").sendKeys(bad.toString());
		submit(By.cssSelector("main form[action='/plans/import'] button[type=submit]"));
		check();
		assertThat(heading()).isEqualTo("Fix the problems in the spreadsheet");
		assertThat(driver.findElements(By.cssSelector("table.govuk-table tbody tr")))
			.extracting(row -> row.getText().replace('\n', ' '))
			.containsExactly("3 Start Start must be a real date, like 2020-02 or 2020-02-18",
					"3 Leads X.Y (CYC) is not one of this local area's people: check the initials and organisation, or add the person first",
					"4 Target Target must be a number, like 75 or 12.5",
					"4 Action number There is no ACTION row for action 1.9");
		assertThat(field("title").getAttribute("value")).isEqualTo("York plan from a spreadsheet");
		driver.findElement(By.cssSelector(".govuk-error-summary a")).click();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("file");

		Path good = Files.writeString(this.folder.resolve("york-plan-fixed.csv"), HEADER
				+ "AREA,1,Leadership & Governance,1,,,,,,,,,,,,,,,,A lack of cohesive oversight\r\n"
				+ "ACTION,1,,,1.1,,Leaders have assurance,Publish the WSOA,2020-02,2020-07,,M.S (CYC),,,,,,,,\r\n"
				+ "MEASURE,,,,1.1,,,,,,,,,All on time,,90,%,2020-09,,\r\n", StandardCharsets.UTF_8);
		field("file").sendKeys(good.toString());
		submit(By.cssSelector("main form[action='/plans/import'] button[type=submit]"));
		assertThat(driver.getCurrentUrl()).matches(url("/plans/") + "\\d+");
		assertThat(heading()).isEqualTo("York plan from a spreadsheet");
	}

	@Test
	void administratorChangesAPlanFromItsSpreadsheetAndIsRefusedRemovingWhatHasUpdates() throws Exception {
		PlanView plan = this.testPlans.create();
		ActionView first = plan.actions().filter(a -> a.number().equals("1.1")).findFirst().orElseThrow();
		String export = new String(this.spreadsheets.export(plan.id(), SpreadsheetFormat.CSV).content(),
				StandardCharsets.UTF_8);
		signIn(Pages.ADMIN);
		visit("/plans/" + plan.id());
		driver.findElement(By.linkText("Change the plan from a spreadsheet")).click();
		check();
		assertThat(heading()).isEqualTo("Change the plan from a spreadsheet");

		Path changed = Files.writeString(this.folder.resolve("changed.csv"),
				export.replace("Write the statement,2020-02,2020-07", "Write the statement,2020-02,2020-08"),
				StandardCharsets.UTF_8);
		field("file").sendKeys(changed.toString());
		submit(By.cssSelector("main form button[type=submit]"));
		check();
		assertThat(heading()).isEqualTo("Check the changes to the plan");
		assertThat(driver.findElements(By.cssSelector("#changes tbody tr")))
			.extracting(row -> row.getText().replace('\n', ' '))
			.containsExactly("Changed Action 1.1 3 End: July 2020 → August 2020");
		submit(By.cssSelector("main form[action$='/import/apply'] button[type=submit]"));
		check();
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/plans/" + plan.id()));
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Plan changed from the spreadsheet: 0 added, 1 changed, 0 removed");

		this.progress.openPeriod(plan.id(), YearMonth.of(2020, 5), LocalDate.of(2020, 5, 31), false);
		this.progress.write(first.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Drafted", "Submit",
				Map.of()), List.of(),
				new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true), null,
				true);
		String withoutFirst = String.join("\r\n", export.lines().filter(line -> !line.contains(",1.1,")).toList())
			+ "\r\n";
		Path removing = Files.writeString(this.folder.resolve("removing.csv"), withoutFirst, StandardCharsets.UTF_8);
		visit("/plans/" + plan.id() + "/import");
		field("file").sendKeys(removing.toString());
		submit(By.cssSelector("main form button[type=submit]"));
		check();
		assertThat(heading()).isEqualTo("The spreadsheet cannot be applied");
		assertThat(driver.findElement(By.cssSelector("#refusals tbody")).getText())
			.contains("Action 1.1 has progress updates, so it cannot be removed");
		assertThat(driver.findElements(By.cssSelector("main form[action$='/import/apply']"))).isEmpty();
		assertThat(this.plans.plan(plan.id()).actions().map(ActionView::number)).containsExactly("1.1", "1.2");
	}

	@Test
	void administratorImportsAPlanFromAWordDocumentAfterMappingItsColumns() throws Exception {
		Path word = Files.write(this.folder.resolve("statement.docx"), PlanWordFiles.docx(List.of(List.of(
				List.of("Ref", "Why", "What will we do", "Lead officer", "By when", "RAG"),
				List.of("Area for improvement 1: Leadership & Governance"),
				List.of("1.1", "Leaders are accountable", "Publish the written statement", "(M.S) CYC", "July 2020",
						"Green")))));
		signIn(Pages.ADMIN);
		visit("/plans/import");
		fillIn("York plan from Word");
		field("file").sendKeys(word.toString());
		submit(By.cssSelector("main form[action='/plans/import'] button[type=submit]"));
		check();
		assertThat(heading()).isEqualTo("Check how the Word document’s columns are read");
		assertThat(driver.findElement(By.id("unrecognised")).getText())
			.isEqualTo("One column heading was not recognised: choose what it holds.");

		submit(By.cssSelector("main form[action='/plans/import/word'] button[type=submit]"));
		check();
		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).extracting(WebElement::getText)
			.containsExactly("Choose what column 2 (“Why”) holds");
		driver.findElement(By.cssSelector(".govuk-error-summary a")).click();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("columns-1");

		new Select(field("columns-1")).selectByValue("OUTCOME");
		submit(By.cssSelector("main form[action='/plans/import/word'] button[type=submit]"));
		assertThat(driver.getCurrentUrl()).matches(url("/plans/") + "\\d+");
		assertThat(heading()).isEqualTo("York plan from Word");
		long planId = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/plans/", ""));
		assertThat(this.plans.plan(planId).actions().map(a -> a.number() + " " + a.outcome()))
			.containsExactly("1.1 Leaders are accountable");
	}

	private void fillIn(String title) {
		long yorkInspection = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.map(p -> this.plans.plan(p.id()).inspection().id())
			.findFirst()
			.orElseThrow();
		new Select(field("inspectionId")).selectByValue(String.valueOf(yorkInspection));
		field("title").sendKeys(title);
		driver.findElement(By.cssSelector("label[for=kind]")).click();
		driver.findElement(By.cssSelector("label[for=scaleCode]")).click();
	}

}
