package org.wsoatracker.security;

import org.wsoatracker.people.AccountService;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountService accounts;

	AccountUserDetailsService(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findLogin(email)
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
	}

}
