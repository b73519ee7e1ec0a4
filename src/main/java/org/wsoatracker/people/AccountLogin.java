package org.wsoatracker.people;

/**
 * What the sign-in needs to know of an account. Holds the password hash: never put it in a model or a log. With
 * {@code secondFactorSetUp} or {@code secondFactorRequired}, sign-in also needs a code from an authenticator app
 * (setting one up first, when required and not set up).
 */
public record AccountLogin(long id, String email, String displayName, String passwordHash, Role role,
		boolean enabled, boolean secondFactorSetUp, boolean secondFactorRequired) {

	@Override
	public String toString() {
		return "AccountLogin[id=" + this.id + ", email=" + this.email + ", role=" + this.role + "]";
	}

}
