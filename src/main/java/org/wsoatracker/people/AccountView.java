package org.wsoatracker.people;

/**
 * An account as its pages show it. {@code active} is false while an invitation waits for its person to set a
 * password or to sign in through the identity provider.
 */
public record AccountView(long id, String email, String displayName, Role role, boolean enabled, boolean active,
		long version) {

	/**
	 * How the account stands, in a word for its tag.
	 */
	public String status() {
		if (!this.enabled) {
			return "Disabled";
		}
		return this.active ? "Active" : "Invited";
	}

}
