package org.wsoatracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.people.AccountService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An empty database cannot be taken over by whoever arrives first: while no administrator exists, each start writes
 * a one-time set-up code to the log (or uses the one set in {@code WSOA_SETUP_CODE}), and the {@code /setup} page
 * asks for it before it creates the first administrator. Once one exists the page is gone for good.
 */
@Component
@Order(10)
class FirstAdministratorSetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	private final AccountService accounts;

	private final String chosenCode;

	private final String baseUrl;

	FirstAdministratorSetup(AccountService accounts, @Value("${wsoa.setup-code:}") String chosenCode,
			@Value("${wsoa.base-url}") String baseUrl) {
		this.accounts = accounts;
		this.chosenCode = chosenCode;
		this.baseUrl = baseUrl;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.issueSetupCode(this.chosenCode)
			.ifPresent(code -> log.warn("No administrator account exists yet. To create the first one, open {}/setup"
					+ " and enter the set-up code {}", this.baseUrl, this.chosenCode.isBlank() ? code
							: "set in WSOA_SETUP_CODE"));
	}

}
