package org.wsoatracker.security;

import org.wsoatracker.people.AccountService;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	AccountUserDetailsService(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * The person signed in with the account of this email address, for every way of signing in: a password, or the
	 * identity provider ({@link SingleSignOnUserService}).
	 */
	@Override
	public SignedInUser loadUserByUsername(String email) {
		return this.accounts.findLogin(email)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
	}

}
