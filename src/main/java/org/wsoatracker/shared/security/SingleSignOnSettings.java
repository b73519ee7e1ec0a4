package org.wsoatracker.shared.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through the organisation's identity provider (OpenID Connect), as the environment sets it: on when
 * the provider's issuer is given ({@code WSOA_SSO_ISSUER}, with the client id and secret the provider gave this
 * service), off otherwise. What the pages need to know of it: the provider's name on the sign-in button, whether
 * people may still sign in with a password, and whether an account may be found by the email address the provider
 * has verified.
 */
@Component
public class SingleSignOnSettings {

	private final boolean enabled;

	private final String name;

	private final boolean passwordSignIn;

	private final boolean matchByEmail;

	SingleSignOnSettings(@Value("${wsoa.sso.issuer:}") String issuer, @Value("${wsoa.sso.client-id:}") String clientId,
			@Value("${wsoa.sso.client-secret:}") String clientSecret, @Value("${wsoa.sso.name:}") String name,
			@Value("${wsoa.sso.password-sign-in:true}") boolean passwordSignIn,
			@Value("${wsoa.sso.match-by-email:false}") boolean matchByEmail) {
		this.enabled = !issuer.isBlank();
		if (this.enabled && (clientId.isBlank() || clientSecret.isBlank())) {
			throw new IllegalStateException("Single sign-on needs the client id and secret the identity provider gave"
					+ " this service: set WSOA_SSO_CLIENT_ID and WSOA_SSO_CLIENT_SECRET with WSOA_SSO_ISSUER");
		}
		if (!this.enabled && !passwordSignIn) {
			throw new IllegalStateException("Password sign-in can only be turned off when single sign-on is on: set"
					+ " WSOA_SSO_ISSUER, WSOA_SSO_CLIENT_ID and WSOA_SSO_CLIENT_SECRET, or leave"
					+ " WSOA_SSO_PASSWORD_SIGN_IN unset");
		}
		this.name = name.isBlank() ? "your work account" : name.strip();
		this.passwordSignIn = passwordSignIn;
		this.matchByEmail = matchByEmail;
	}

	/**
	 * Whether people can sign in through the identity provider.
	 */
	public boolean enabled() {
		return this.enabled;
	}

	/**
	 * The identity provider's name as people know it, for "Sign in with …" ("Microsoft").
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Whether people can sign in with an email address and password (always, unless single sign-on is on and this is
	 * turned off).
	 */
	public boolean passwordSignIn() {
		return this.passwordSignIn;
	}

	/**
	 * Whether the first single sign-on of an identity not linked to an account yet may find the account by the email
	 * address the provider has verified (otherwise only an invitation or reset link links it).
	 */
	public boolean matchByEmail() {
		return this.matchByEmail;
	}

}
