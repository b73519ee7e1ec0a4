package org.wsoatracker.people;

/**
 * The answer to someone who signed in at the identity provider: the account they sign in as here, or why they may
 * not ({@code refusal}), with the account when there is one (a disabled account, say).
 */
public record ProviderSignIn(Long accountId, String email, ProviderRefusal refusal) {

	static ProviderSignIn accepted(Account account) {
		return new ProviderSignIn(account.getId(), account.getEmail(), null);
	}

	static ProviderSignIn refused(ProviderRefusal refusal) {
		return new ProviderSignIn(null, null, refusal);
	}

	static ProviderSignIn refused(ProviderRefusal refusal, Account account) {
		return new ProviderSignIn(account.getId(), account.getEmail(), refusal);
	}

	public boolean isAccepted() {
		return this.refusal == null;
	}

}
