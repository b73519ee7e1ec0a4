package org.wsoatracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wsoatracker.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan register's pages and forms in a real browser, each checked with axe-core.
 */
class PlanPagesBrowserIT extends BrowserTest {

	@Test
	void leadReadsThePlanAndAnAction() {
		signIn(Pages.LEAD);
		visit("/plans");
		driver.findElement(By.linkText("York written statement of action")).click();
		check();
		assertThat(driver.findElements(By.cssSelector("section h3"))).extracting(WebElement::getText)
			.containsExactly("Area for improvement 1: Leadership & Governance",
					"Area for improvement 2: Joint Commissioning", "Area for improvement 3: Co-Production",
					"Area for improvement 4: EHC Assessment and Planning");
		assertThat(driver.findElement(By.id("submission-deadline")).getText()).contains("1 June 2020");
		assertThat(driver.findElements(By.linkText("Change plan details"))).isEmpty();

		visit("/api");
		assertThat(heading()).isEqualTo("Read API");

		driver.get(url("/plans"));
		driver.findElement(By.linkText("York written statement of action")).click();
		driver.findElement(By.linkText("1.3")).click();
		check();
		assertThat(heading()).isEqualTo("Action 1.3");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("(A)", "(B)", "Phase 1");
	}

	@Test
	void administratorUsesEveryPlanForm() {
		signIn(Pages.ADMIN);
		visit("/plans");
		submit(By.linkText("York written statement of action"));
		String planUrl = driver.getCurrentUrl();

		submit(By.linkText("Change plan details"));
		check();
		field("title").clear();
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");

		driver.get(planUrl + "/deadline");
		check();
		driver.findElement(By.id("useComputed-2")).click();
		submit();
		check();
		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).extracting(WebElement::getText)
			.containsExactly("Enter the submission deadline", "Enter the reason for changing the deadline");

		driver.get(planUrl + "/record");
		check();

		driver.get(planUrl + "/areas/new");
		check();
		submit();
		check();

		driver.get(planUrl);
		submit(By.linkText("1.1"));
		submit(By.linkText("Change this action"));
		check();
		field("start-year").clear();
		field("start-year").sendKeys("20x0");
		submit();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.isEqualTo("Start must be a real date or month");

		submit(By.linkText("Delete this action"));
		check();

		driver.get(planUrl);
		submit(By.cssSelector("main a[href*='/areas/'][href$='/edit']"));
		check();

		driver.get(planUrl);
		submit(By.partialLinkText("Add an action"));
		check();
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: Add an action");

		visit("/plans/new");
		submit();
		check();
	}

}
