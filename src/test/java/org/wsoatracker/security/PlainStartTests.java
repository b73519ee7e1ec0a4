package org.wsoatracker.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.shared.demo.DemoMode;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application started as {@code java -jar} starts it on a database of its own, with no settings at all about demo
 * mode or accounts (only the database, which the tests provide: a new, empty one, and the secret key that such a
 * start needs): it is not a demonstration, it creates no account, and the only way in is the set-up code it writes
 * to its log.
 */
@SpringBootTest(properties = { "wsoa.embedded-database.enabled=false", "wsoa.reminders.cron=-",
		"wsoa.secret-key=plain-start-tests-secret-key-0123456789" })
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlainStartTests {

	@Autowired
	DemoMode demoMode;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Test
	@Order(1)
	void aPlainStartIsNoDemonstrationAndCreatesNoAccount() {
		assertThat(this.demoMode.enabled()).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from local_area", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from setup_code", Integer.class)).isEqualTo(1);
	}

	@Test
	@Order(2)
	void theSetUpCodeWrittenToTheLogCreatesTheFirstAdministratorOnce(CapturedOutput output) {
		Matcher logged = Pattern.compile("enter the set-up code ([A-Z0-9]{4}(-[A-Z0-9]{4}){3})").matcher(output.getAll());
		assertThat(logged.find()).as("the set-up code in the log").isTrue();

		this.accounts.createFirstAdministrator(logged.group(1), "First Administrator", "first@council.example.org",
				"a long first passphrase");

		assertThat(this.jdbc.queryForObject("select role from account where email = 'first@council.example.org'",
				String.class)).isEqualTo("ADMIN");
		assertThat(this.jdbc.queryForObject("select count(*) from setup_code", Integer.class)).isZero();
		assertThatThrownBy(() -> this.accounts.createFirstAdministrator(logged.group(1), "Second", "second@example.org",
				"a long second passphrase"))
			.isInstanceOf(NotFoundException.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		JdbcConnectionDetails emptyDatabase() {
			return TestDatabase.freshDatabase();
		}

	}

}
