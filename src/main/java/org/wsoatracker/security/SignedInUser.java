package org.wsoatracker.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.wsoatracker.people.AccountLogin;
import org.wsoatracker.people.Role;
import org.wsoatracker.shared.security.AreaMember;
import org.wsoatracker.shared.security.AreaScope;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The person signed in: their account id, name and role, and whether their sign-in needs a second factor, besides what
 * Spring Security needs.
 */
public class SignedInUser extends User implements AreaMember {

	/**
	 * The authority of a service administrator, who may also create local areas.
	 */
	public static final String SERVICE_ADMIN = "ROLE_SERVICE_ADMIN";

	private final long accountId;

	private final String displayName;

	private final Role role;

	private Set<Long> localAreaIds;

	private final boolean serviceAdmin;

	private final boolean secondFactorSetUp;

	private final boolean secondFactorRequired;

	SignedInUser(AccountLogin account) {
		super(account.email(), account.passwordHash() == null ? "" : account.passwordHash(), account.enabled(), true, true, true,
				authorities(account));
		this.accountId = account.id();
		this.localAreaIds = Set.copyOf(account.localAreaIds());
		this.serviceAdmin = account.serviceAdmin();
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
	 * As they stand at this request ({@link LocalAreasFilter}): a local area created or joined counts at once.
	 */
	@Override
	public AreaScope scope() {
		return new AreaScope(this.localAreaIds);
	}

	void refreshLocalAreas(Set<Long> localAreaIds) {
		this.localAreaIds = Set.copyOf(localAreaIds);
	}

	/**
	 * Whether this person may also create local areas.
	 */
	public boolean isServiceAdmin() {
		return this.serviceAdmin;
	}

	private static List<GrantedAuthority> authorities(AccountLogin account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
		if (account.serviceAdmin()) {
			authorities.add(new SimpleGrantedAuthority(SERVICE_ADMIN));
		}
		return authorities;
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
