package org.wsoatracker.security;

import java.util.List;

import org.wsoatracker.people.AccountLogin;
import org.wsoatracker.people.Role;
import org.wsoatracker.shared.audit.AuditedPrincipal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person signed in: their account id, name and role, and whether their sign-in needs a second factor, besides what
 * Spring Security needs.
 */
public class SignedInUser extends User implements AuditedPrincipal {

	private final long accountId;

	private final String displayName;

	private final Role role;

	private final boolean secondFactorSetUp;

	private final boolean secondFactorRequired;

	SignedInUser(AccountLogin account) {
		super(account.email(), account.passwordHash() == null ? "" : account.passwordHash(), account.enabled(), true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
		this.accountId = account.id();
		this.displayName = account.displayName();
		this.role = account.role();
		this.secondFactorSetUp = account.secondFactorSetUp();
		this.secondFactorRequired = account.secondFactorRequired();
	}

	@Override
	public long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	/**
	 * Whether signing in needs a code from an authenticator app, as it stood at sign-in: the account had one set up,
	 * or its role must (then it sets one up first).
	 */
	boolean needsSecondFactor() {
		return this.secondFactorSetUp || this.secondFactorRequired;
	}

	boolean hasSecondFactorSetUp() {
		return this.secondFactorSetUp;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
