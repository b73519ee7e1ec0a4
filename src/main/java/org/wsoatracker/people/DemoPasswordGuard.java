package org.wsoatracker.people;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.demo.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * When the service is not a demonstration, no one can sign in with the demo accounts' published password: any demo
 * account left from an earlier demonstration on the same database is disabled at start-up.
 */
@Component
class DemoPasswordGuard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

	private final DemoMode demoMode;

	private final AccountService accounts;

	DemoPasswordGuard(DemoMode demoMode, AccountService accounts) {
		this.demoMode = demoMode;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demoMode.enabled()) {
			return;
		}
		List<String> disabled = this.accounts.disableIfPasswordIs(
				DemoAccounts.ACCOUNTS.stream().map(NewAccountCommand::email).toList(), DemoAccounts.PASSWORD);
		if (!disabled.isEmpty()) {
			log.warn("Demo mode is off: disabled the demo accounts {}, whose password is published", disabled);
		}
	}

}
