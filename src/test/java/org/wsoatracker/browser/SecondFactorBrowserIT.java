package org.wsoatracker.browser;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsoatracker.support.AuthenticatorApp.code;

/**
 * An administrator's authenticator app in a real browser: sent to set one up straight after their password, they scan
 * (here: read) the key, type the app's code and keep their recovery codes; next time they sign in with password then
 * code, and then with a recovery code; at last another administrator resets it. Every page on the way, its error
 * states too, is checked with axe-core.
 */
class SecondFactorBrowserIT extends BrowserTest {

	private static final String PASSWORD = "pebble orchard lantern quartet";

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	@Test
	void anAdministratorSetsUpAnAppAndSignsInWithItsCodesAndARecoveryCode() throws Exception {
		String email = "office-" + UUID.randomUUID() + "@mfa.example.org";
		long id = this.accounts.createIfAbsent(new NewAccountCommand(email, "Programme Officer", PASSWORD, Role.ADMIN))
			.id();
		this.accounts.joinLocalArea(id, this.people.findLocalAreaByCode("YORK").orElseThrow().id());

		signIn(email, PASSWORD);
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/account/authenticator-app"));
		check();
		assertThat(heading()).isEqualTo("Set up an authenticator app");
		assertThat(driver.findElements(By.cssSelector("nav.app-nav"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector("main img")).getAttribute("alt")).startsWith("QR code");

		submit();
		check();
		assertThat(driver.getTitle()).isEqualTo("Error: Set up an authenticator app – WSOA Tracker");
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.isEqualTo("Enter the 6 digit code from your authenticator app");

		String key = driver.findElement(By.id("secret-key")).getText();
		field("code").sendKeys(code(key, Instant.now()));
		submit();
		check();
		assertThat(heading()).isEqualTo("Save your recovery codes");
		List<String> recoveryCodes = driver.findElements(By.cssSelector("#recovery-codes li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(recoveryCodes).hasSize(10);

		driver.findElement(By.linkText("Continue")).click();
		assertThat(heading()).isEqualTo("Programme office");
		visit("/account");
		assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText()).contains("Recovery codes");

		// Next time: the password, then the code the app shows.
		signOut();
		signIn(email, PASSWORD);
		assertThat(driver.getCurrentUrl()).startsWith(url("/login/code"));
		check();
		assertThat(heading()).isEqualTo("Enter the code from your authenticator app");
		field("code").sendKeys("000000".equals(code(key, Instant.now())) ? "111111" : "000000");
		submit();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-error-summary a")).getText())
			.isEqualTo("The code is not correct, or it has expired: enter the code the app shows now");
		field("code").sendKeys(code(key, Instant.now().plusSeconds(30)));
		submit();
		assertThat(heading()).isEqualTo("Programme office");

		// Without the phone: a recovery code, once.
		signOut();
		signIn(email, PASSWORD);
		driver.findElement(By.linkText("Use a recovery code instead")).click();
		check();
		assertThat(heading()).isEqualTo("Enter a recovery code");
		field("code").sendKeys(recoveryCodes.get(0));
		submit();
		assertThat(heading()).isEqualTo("Programme office");

		// Phone and codes lost: another administrator resets the app, and the next sign-in sets up a new one.
		signOut();
		signIn(Pages.ADMIN);
		visit("/accounts/" + id);
		assertThat(driver.findElement(By.cssSelector(".govuk-summary-list")).getText())
			.contains("Set up (required for the role)");
		submit(By.xpath("//button[normalize-space()='Reset authenticator app']"));
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Authenticator app reset");
		signOut();
		signIn(email, PASSWORD);
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/account/authenticator-app"));
	}

	private void signOut() {
		submit(By.cssSelector("form[action='/logout'] button"));
	}

}
