package org.wsoatracker.people;

/**
 * What the sign-in needs to know of an account. Holds the password hash: never put it in a model or a log.
 */
public record AccountLogin(long id, String email, String displayName, String passwordHash, Role role,
		boolean enabled) {

	@Override
	public String toString() {
		return "AccountLogin[id=" + this.id + ", email=" + this.email + ", role=" + this.role + "]";
	}

}
