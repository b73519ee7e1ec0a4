package org.wsoatracker.people;

import java.util.Set;

/**
 * What the sign-in needs to know of an account. Holds the password hash: never put it in a model or a log. With
 * {@code secondFactorSetUp} or {@code secondFactorRequired}, sign-in also needs a code from an authenticator app
 * (setting one up first, when required and not set up). {@code localAreaIds} are the local areas the account belongs to,
 * and so all it may see; a {@code serviceAdmin} may also create local areas.
 */
public record AccountLogin(long id, String email, String displayName, String passwordHash, Role role,
		Set<Long> localAreaIds, boolean serviceAdmin, boolean enabled, boolean secondFactorSetUp, boolean secondFactorRequired) {

	@Override
	public String toString() {
		return "AccountLogin[id=" + this.id + ", email=" + this.email + ", role=" + this.role + "]";
	}

}
