package org.wsoatracker.people;

import org.junit.jupiter.api.Test;
import org.wsoatracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoModeCreatesOneAccountPerRoleWithArgon2idHashes() {
		for (NewAccountCommand demo : DemoAccounts.ACCOUNTS) {
			String hash = this.jdbc.queryForObject("select password_hash from account where email = ?", String.class,
					demo.email());
			assertThat(hash).startsWith("$argon2id$").doesNotContain(DemoAccounts.PASSWORD);
		}
		assertThat(this.jdbc.queryForList("select role from account where email like '%@example.org'", String.class))
			.contains("ADMIN", "BOARD", "LEAD", "SCRUTINY");
	}

	@Test
	void emailIsFoundWhateverItsCase() {
		assertThat(this.accounts.findLogin("  Lead@Example.ORG ")).hasValueSatisfying(login -> {
			assertThat(login.email()).isEqualTo("lead@example.org");
			assertThat(login.role()).isEqualTo(Role.LEAD);
			assertThat(login.toString()).doesNotContain(login.passwordHash());
		});
	}

	@Test
	void creatingAnExistingAccountAgainChangesNothing() {
		AccountView first = this.accounts
			.createIfAbsent(new NewAccountCommand("officer@york.example", "An Officer", "first-password-1", Role.LEAD));
		String hash = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				first.id());

		AccountView second = this.accounts.createIfAbsent(
				new NewAccountCommand("OFFICER@york.example", "Someone Else", "other-password-2", Role.ADMIN));

		assertThat(second).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				first.id()))
			.isEqualTo(hash);
	}

	@Test
	void databaseRefusesTwoAccountsWhoseEmailsDifferOnlyInCase() {
		this.jdbc.update("insert into account (email, display_name, password_hash, role) values (?, ?, ?, ?)",
				"twin@york.example", "Twin", "x", "LEAD");

		assertThatThrownBy(
				() -> this.jdbc.update("insert into account (email, display_name, password_hash, role) values (?, ?, ?, ?)",
						"TWIN@york.example", "Twin", "x", "LEAD"))
			.isInstanceOf(DuplicateKeyException.class);
	}

}
