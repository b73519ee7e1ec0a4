package org.wsoatracker.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wsoatracker.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports in a real browser: a councillor reads the published York reports; the programme office publishes a
 * corrected version, opens a board pack and turns the public page on and off. Every page passes axe-core.
 */
class ReportBrowserIT extends BrowserTest {

	static final String YORK = "York written statement of action";

	@Test
	void aCouncillorReadsThePublishedReports() {
		signIn(Pages.SCRUTINY);
		visit("/reports");
		assertThat(heading()).isEqualTo("Published reports");
		assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();

		driver.findElement(By.linkText("Progress to May 2021")).click();
		check();
		assertThat(heading()).isEqualTo(YORK + ": progress to May 2021");
		assertThat(driver.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList())
			.contains("1. Summary", "4. Exceptions", "Abbreviations");
		assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
	}

	@Test
	void theProgrammeOfficePublishesACorrectionAndOpensTheBoardPack() {
		signIn(Pages.ADMIN);
		visit("/reports");
		driver.findElement(By.xpath("//tr[th/a[text()='" + YORK + "']]/th/a")).click();
		check();
		assertThat(heading()).isEqualTo("Reporting periods");

		List<WebElement> packs = driver.findElements(By.cssSelector("a[href$='/board-pack']"));
		packs.get(packs.size() - 1).click();
		check();
		assertThat(driver.findElement(By.cssSelector("main h2")).getText()).isEqualTo("Decisions needed");

		driver.navigate().back();
		driver.findElements(By.cssSelector("a[href$='/publish']")).get(0).click();
		check();
		assertThat(heading()).isEqualTo("Publish the report for May 2020");
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");
		field("correctionNote").sendKeys("Corrects the narrative of action 1.1");
		submit();
		check();
		assertThat(heading()).isEqualTo(YORK + ": progress to May 2020");
		assertThat(driver.findElement(By.cssSelector(".govuk-inset-text")).getText())
			.contains("Corrects the narrative of action 1.1");

		driver.findElement(By.partialLinkText("Version 1, published")).click();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-warning-text")).getText())
			.contains("This version has been superseded by version");
	}

	@Test
	void thePublicPageIsShownOnlyWhileItIsOn() {
		signIn(Pages.ADMIN);
		visit("/reports");
		By button = By.xpath("//tr[th/a[text()='" + YORK + "']]//button");
		submit(button);
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Public page turned on");
		driver.findElement(By.xpath("//tr[th/a[text()='" + YORK + "']]/td/a")).click();
		check();
		assertThat(heading()).isEqualTo("How we are improving support for children and young people with SEND in York");
		assertThat(driver.getTitle()).isEqualTo(heading() + " \u2013 York");
		assertThat(driver.getPageSource()).doesNotContain("Maxine Squire");

		visit("/reports");
		submit(button);
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Public page turned off");
	}

}
