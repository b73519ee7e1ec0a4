package org.wsoatracker.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A sign-in through the identity provider (single sign-on), as the session keeps it: the same signed-in person as a
 * password sign-in gives, with their role from this service, and the factor of a sign-in with OpenID Connect's
 * authorization code. It needs no code from an authenticator app here: the identity provider asks for its own
 * second factor.
 */
final class SingleSignOnAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	static final String FACTOR = FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY;

	private final SignedInUser user;

	SingleSignOnAuthentication(SignedInUser user) {
		super(authorities(user));
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.user;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	/**
	 * Whether this sign-in was through the identity provider.
	 */
	static boolean given(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(FACTOR::equals);
	}

	private static List<GrantedAuthority> authorities(SignedInUser user) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
		return authorities;
	}

}
