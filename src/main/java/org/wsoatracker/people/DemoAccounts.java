package org.wsoatracker.people;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.demo.ConditionalOnDemoMode;
import org.wsoatracker.shared.demo.DemoDataRemoval;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The four demo accounts, one per role, all with the password given in the README; none once an administrator has
 * removed the demo data.
 */
@Component
@ConditionalOnDemoMode
@Order(0)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "demo-password-2026";

	static final List<NewAccountCommand> ACCOUNTS = List.of(
			new NewAccountCommand("admin@example.org", "Programme Office Administrator", PASSWORD, Role.ADMIN),
			new NewAccountCommand("chair@example.org", "Improvement Board Chair", PASSWORD, Role.BOARD),
			new NewAccountCommand("lead@example.org", "Maxine Squire", PASSWORD, Role.LEAD),
			new NewAccountCommand("scrutiny@example.org", "Scrutiny Committee Member", PASSWORD, Role.SCRUTINY));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	static List<String> emails() {
		return ACCOUNTS.stream().map(NewAccountCommand::email).toList();
	}

	static boolean isDemoAccount(String email) {
		return ACCOUNTS.stream().anyMatch(account -> account.email().equalsIgnoreCase(email));
	}

	private final AccountService accounts;

	private final DemoDataRemoval removal;

	DemoAccounts(AccountService accounts, DemoDataRemoval removal) {
		this.accounts = accounts;
		this.removal = removal;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.removal.done()) {
			return;
		}
		ACCOUNTS.forEach(this.accounts::createIfAbsent);
		log.info("Demo mode: accounts {} can sign in", ACCOUNTS.stream().map(NewAccountCommand::email).toList());
	}

}
