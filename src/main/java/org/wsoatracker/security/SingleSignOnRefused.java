package org.wsoatracker.security;

import org.wsoatracker.people.ProviderIdentity;
import org.wsoatracker.people.ProviderSignIn;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Someone signed in at the identity provider, but may not sign in here: who they are there, and why.
 */
final class SingleSignOnRefused extends OAuth2AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final transient ProviderIdentity identity;

	private final transient ProviderSignIn signIn;

	SingleSignOnRefused(ProviderIdentity identity, ProviderSignIn signIn) {
		super(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED), "Single sign-on refused: " + signIn.refusal().reason());
		this.identity = identity;
		this.signIn = signIn;
	}

	ProviderIdentity identity() {
		return this.identity;
	}

	ProviderSignIn signIn() {
		return this.signIn;
	}

}
