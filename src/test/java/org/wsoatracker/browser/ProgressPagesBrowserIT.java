package org.wsoatracker.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wsoatracker.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly cycle in a real browser on the York demo plan: the lead updates action 1.1, the chair reviews, the
 * programme office sees the periods. Every page is checked with axe-core.
 */
class ProgressPagesBrowserIT extends BrowserTest {

	@Test
	void leadUpdatesAnActionWithoutJavaScriptHelpers() {
		signIn(Pages.LEAD);
		visit("/my-actions");
		driver.findElement(By.linkText("1.1")).click();
		check();
		assertThat(heading()).isEqualTo("Updates of action 1.1");
		assertThat(driver.findElements(By.className("govuk-summary-card"))).hasSize(4);

		driver.findElement(By.partialLinkText("Update for May 2021")).click();
		check();
		submit(By.cssSelector("button[value=submit]"));
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");

		driver.findElement(By.cssSelector("label[for=status-4]")).click();
		field("done").sendKeys("Dashboard reviewed with the board");
		field("nextSteps").sendKeys("Publish the summary");
		submit(By.cssSelector("button[value=submit]"));
		check();
		assertThat(driver.findElement(By.className("govuk-notification-banner__heading")).getText())
			.isEqualTo("Update submitted to the board");
		assertThat(driver.findElements(By.className("govuk-summary-card"))).hasSize(5);
	}

	@Test
	void chairReviewsAPeriodAndTheOfficeSeesThePeriods() {
		signIn(Pages.BOARD);
		visit("/plans");
		driver.findElement(By.linkText("York written statement of action")).click();
		driver.findElement(By.linkText("Reporting periods and board review")).click();
		check();
		String periods = driver.getCurrentUrl().replace(url(""), "");
		driver.findElement(By.linkText("May 2021")).click();
		check();
		submit();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.isEqualTo("Select whether you accept or challenge the update");

		driver.findElement(By.linkText("Back to the reporting periods")).click();
		driver.findElement(By.linkText("May 2020")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("This period is closed");

		signIn(Pages.ADMIN);
		visit(periods);
		submit(By.cssSelector("main form[action$='/periods'] button[type=submit]"));
		check();
		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).extracting(e -> e.getText())
			.containsExactly("Enter the month the period covers", "Enter the date updates are due");
	}

}
