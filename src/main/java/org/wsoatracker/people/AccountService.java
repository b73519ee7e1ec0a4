package org.wsoatracker.people;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts people sign in with.
 */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public Optional<AccountLogin> findLogin(String email) {
		return this.accounts.findByEmail(Account.normalise(email)).map(Account::toLogin);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(Account.normalise(email)).map(Account::toView);
	}

	/**
	 * Creates the account unless one with that email exists already; either way returns it.
	 */
	public AccountView createIfAbsent(NewAccountCommand command) {
		return this.accounts.findByEmail(Account.normalise(command.email()))
			.orElseGet(() -> this.accounts.save(new Account(command.email(), command.displayName(),
					this.passwordEncoder.encode(command.password()), command.role())))
			.toView();
	}

}
