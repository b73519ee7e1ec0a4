package org.wsoatracker.people;

/**
 * Why someone who signed in at the identity provider may not sign in here, in the words of the security event log.
 */
public enum ProviderRefusal {

	NOT_LINKED("no account is linked to this identity"), NO_ACCOUNT("no account has this email address"),
	EMAIL_NOT_VERIFIED("the identity provider has not verified the email address"),
	ACCOUNT_DISABLED("the account is disabled"),
	LINKED_TO_ANOTHER_IDENTITY("the account with this email address is linked to another identity"),
	LINK_EXPIRED("the invitation or reset link has expired or has been used");

	private final String reason;

	ProviderRefusal(String reason) {
		this.reason = reason;
	}

	public String reason() {
		return this.reason;
	}

}
