package org.wsoatracker.browser;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.support.TestDatabase;
import org.wsoatracker.support.TestIdentityProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on in a real browser, through a real OpenID Connect provider on a port of its own: the sign-in page
 * offers it; someone the service does not know is sent back to the sign-in page with the reason; someone it knows
 * arrives on their home page. Every page of the service on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "wsoa.embedded-database.enabled=false", "wsoa.demo.enabled=false", "wsoa.reminders.cron=-",
				"wsoa.secret-key=single-sign-on-browser-test-secret-key-0123456789", "wsoa.sso.match-by-email=true" })
class SingleSignOnBrowserIT extends HeadlessBrowserTest {

	private static final TestIdentityProvider provider = TestIdentityProvider.start();

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		provider.turnOn(registry, "Council");
	}

	@AfterAll
	static void stopProvider() {
		provider.stop();
	}

	@Test
	void theSignInPageOffersSingleSignOnAndSaysWhySomeoneIsRefused() {
		// A service with its administrator: the sign-in page no longer says that no one can sign in yet.
		this.accounts.createIfAbsent(new NewAccountCommand("office@council.example.org", "Programme Office",
				"a long passphrase nobody guesses", Role.ADMIN));
		visit("/login");
		assertThat(driver.findElement(By.linkText("Sign in with Council")).getAttribute("role")).isEqualTo("button");

		String stranger = "stranger-" + UUID.randomUUID() + "@council.example.org";
		provider.signsInNext("stranger", Map.of("email", stranger, "email_verified", true));
		driver.findElement(By.linkText("Sign in with Council")).click();
		check();
		assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner__heading")).getText())
			.isEqualTo("You could not be signed in");
		assertThat(driver.findElements(By.linkText("Sign in with Council"))).hasSize(1);

		String email = "board-" + UUID.randomUUID() + "@council.example.org";
		long account = this.accounts
			.createIfAbsent(new NewAccountCommand(email, "Robin Board", "a long passphrase nobody guesses", Role.BOARD))
			.id();
		this.accounts.joinLocalArea(account,
				this.people.createLocalArea("SSOB" + account, "Single sign-on browser area").id());
		provider.signsInNext("robin", Map.of("email", email, "email_verified", true));
		visit("/login");
		driver.findElement(By.linkText("Sign in with Council")).click();
		check();
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("Robin Board");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		JdbcConnectionDetails emptyDatabaseConnectionDetails() {
			return TestDatabase.freshDatabase();
		}

	}

}
