package org.wsoatracker.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office keeps a plan's governance records in a real browser — a risk, a board meeting with an action
 * arising, a DfE and NHS England review, accountable officers and an adviser — and the chair reads them on the
 * dashboard, in the board pack and in the deadlines calendar, making a calendar address. Every page passes axe-core.
 */
class GovernanceBrowserIT extends BrowserTest {

	@Autowired
	TestPlans testPlans;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theProgrammeOfficeKeepsTheRecordsAndTheChairReadsThem() {
		PlanView plan = this.testPlans.create();
		String base = "/plans/" + plan.id();
		signIn(Pages.ADMIN);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));

		// the risk register: a form with mistakes, then a risk, its page, its change form and the threshold
		visit(base);
		driver.findElement(By.linkText("Risk register")).click();
		check();
		assertThat(heading()).isEqualTo("Risk register – " + plan.title());
		driver.findElement(By.linkText("Add a risk")).click();
		check();
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: Add a risk");
		field("title").sendKeys("EHC plans are late");
		field("cause").sendKeys("Too many requests");
		field("consequence").sendKeys("Families wait");
		new Select(field("ownerId")).selectByIndex(1);
		field("mitigations").sendKeys("Temporary caseworkers");
		driver.findElement(By.cssSelector("label[for=likelihood-4]")).click();
		driver.findElement(By.cssSelector("label[for=impact-5]")).click();
		field("targetScore").sendKeys("8");
		submit();
		check();
		assertThat(heading()).isEqualTo("Risk: EHC plans are late");
		assertThat(driver.findElement(By.cssSelector("#risk .govuk-tag")).getText()).isEqualToIgnoringCase("Very high");
		driver.findElement(By.linkText("Change this risk")).click();
		check();
		visit(base + "/risks/threshold");
		visit(base + "/risks");
		assertThat(driver.findElements(By.cssSelector("#risk-matrix-picture rect"))).hasSize(25);

		// a board meeting with an action arising
		visit(base + "/board-meetings");
		driver.findElement(By.linkText("Record a board meeting")).click();
		check();
		field("heldOn").sendKeys("12");
		field("heldOn-month").sendKeys("5");
		field("heldOn-year").sendKeys("2021");
		driver.findElement(By.cssSelector("label[for=attendeeIds]")).click();
		field("minutesSummary").sendKeys("The board reviewed the risks");
		submit();
		check();
		assertThat(heading()).isEqualTo("Board meeting, 12 May 2021");
		driver.findElement(By.linkText("Add an action arising")).click();
		check();
		field("description").sendKeys("Bring a recovery plan");
		new Select(field("ownerId")).selectByIndex(1);
		field("dueDate").sendKeys("30");
		field("dueDate-month").sendKeys("6");
		field("dueDate-year").sendKeys("2099");
		submit();
		check();
		assertThat(driver.findElement(By.cssSelector("#actions-arising tbody")).getText())
			.contains("Bring a recovery plan");
		driver.findElement(By.cssSelector("#actions-arising a")).click();
		check();
		visit(base + "/board-meetings");

		// oversight: a review, the accountable officers, an adviser
		visit(base + "/oversight");
		driver.findElement(By.linkText("Record a review")).click();
		check();
		field("heldOn").sendKeys("3");
		field("heldOn-month").sendKeys("11");
		field("heldOn-year").sendKeys("2021");
		field("attended").sendKeys("DfE SEND adviser");
		submit();
		check();
		driver.findElement(By.linkText("Change the accountable officers")).click();
		check();
		driver.findElement(By.cssSelector("label[for=officerIds]")).click();
		submit();
		check();
		driver.findElement(By.linkText("Add an adviser")).click();
		check();
		field("name").sendKeys("Ann Adviser");
		field("organisation").sendKeys("NHS England");
		submit();
		check();
		assertThat(driver.findElement(By.id("advisers")).getText()).contains("Ann Adviser");
		driver.findElement(By.cssSelector("a[href$='/edit']")).click();
		check();

		// the chair: the dashboard, the York board pack, the calendar and a calendar address
		signIn(Pages.BOARD);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
		visit(base + "/dashboard");
		assertThat(driver.findElement(By.id("risks-above-threshold")).getText()).contains("EHC plans are late");
		assertThat(driver.findElement(By.id("outstanding-actions-arising")).getText())
			.contains("Bring a recovery plan");
		Long york = this.jdbc.queryForObject(
				"select id from plan where title = 'York written statement of action' order by id limit 1", Long.class);
		Long period = this.jdbc.queryForObject("select max(id) from reporting_period where plan_id = ?", Long.class,
				york);
		visit("/plans/" + york + "/periods/" + period + "/board-pack");
		assertThat(driver.findElement(By.id("governance")).getText()).contains("Risks scoring above");
		visit("/plans/" + york + "/board-meetings");
		visit("/plans/" + york + "/risks");
		visit(base + "/calendar");
		assertThat(driver.findElement(By.id("calendar")).getText()).contains("Board meeting");
		submit(By.cssSelector("form[action$='/calendar/address'] button"));
		check();
		assertThat(driver.findElement(By.cssSelector("#calendar-address code")).getText()).contains("/calendar/");
	}

}
