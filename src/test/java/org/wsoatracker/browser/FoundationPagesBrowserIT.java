package org.wsoatracker.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.wsoatracker.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, each role's home page and the shared pages, in a real browser, each checked with axe-core.
 */
class FoundationPagesBrowserIT extends BrowserTest {

	@Test
	void emptySignInPage() {
		visit("/login");

		assertThat(driver.getTitle()).isEqualTo("Sign in – WSOA Tracker");
	}

	@Test
	void wrongPasswordShowsTheErrorSummaryAndKeepsTheEmail() {
		signIn(Pages.LEAD, "not-the-password");
		check();

		assertThat(driver.getTitle()).isEqualTo("Error: Sign in – WSOA Tracker");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.isEqualTo("Enter a correct email address and password");
		assertThat(field("username").getAttribute("value")).isEqualTo(Pages.LEAD);
		driver.findElement(By.cssSelector(".govuk-error-summary a")).click();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
	}

	@Test
	void emptySubmissionNamesBothFields() {
		driver.get(url("/login"));
		submit(By.cssSelector("form[action='/login'] button[type=submit]"));
		check();

		assertThat(driver.findElements(By.cssSelector(".govuk-error-summary a"))).extracting(e -> e.getText())
			.containsExactly("Enter your email address", "Enter your password");
	}

	@ParameterizedTest
	@CsvSource({ "admin@example.org, Programme office", "chair@example.org, Improvement Board",
			"lead@example.org, Your actions", "scrutiny@example.org, Published reports" })
	void eachRoleHomePage(String email, String heading) {
		signIn(email);
		check();

		assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(heading()).isEqualTo(heading);

		driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner__heading")).getText())
			.isEqualTo("You have signed out");
	}

	@Test
	void accessibilityStatement() {
		visit("/accessibility");

		assertThat(heading()).isEqualTo("Accessibility statement for WSOA Tracker");
	}

	@Test
	void errorPages() {
		signIn(Pages.LEAD);
		visit("/no-such-page");
		assertThat(heading()).isEqualTo("Page not found");

		visit("/test/admin-only");
		assertThat(heading()).isEqualTo("You cannot see this page");

		visit("/test/race");
		assertThat(heading()).isEqualTo("Someone else changed this at the same time");

		visit("/test/refuse");
		assertThat(heading()).isEqualTo("Your change was not made");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("The update has been submitted: its evidence can no longer be removed");
	}

	@Test
	void everyGovukComponentWithAndWithoutErrors() {
		signIn(Pages.ADMIN);
		visit("/test/components");

		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");
	}

}
