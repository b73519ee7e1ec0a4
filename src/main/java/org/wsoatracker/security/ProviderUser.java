package org.wsoatracker.security;

import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Someone who has signed in at the identity provider, as the provider knows them, with the person they sign in as
 * here. Named by their account's email address, as a password sign-in is.
 */
final class ProviderUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final SignedInUser user;

	ProviderUser(OidcUser identity, SignedInUser user) {
		super(List.of(), identity.getIdToken(), identity.getUserInfo());
		this.user = user;
	}

	SignedInUser user() {
		return this.user;
	}

	@Override
	public String getName() {
		return this.user.getUsername();
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
