package org.wsoatracker.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * Spring Security's multi-factor authentication, for the accounts that need it: added to every authorization rule
 * (see {@link SecurityConfiguration}), it asks the signed-in person for the authenticator app factor as well, if their
 * sign-in needs one. Until they have given it the rules refuse them with the missing factor named, and they are sent
 * to the page that asks for a code (or, when they have no app yet, to setting one up).
 */
final class SecondFactorRequirement implements AuthorizationManager<Object> {

	/**
	 * The authority a code from an authenticator app (or a recovery code) gives.
	 */
	static final String FACTOR = "FACTOR_TOTP";

	private static final AuthorizationResult GRANTED = new AuthorizationDecision(true);

	private final AuthorizationManager<Object> factor = AllRequiredFactorsAuthorizationManager.builder()
		.requireFactor((required) -> required.authority(FACTOR))
		.build();

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			Object object) {
		return needed(authentication.get()) ? this.factor.authorize(authentication, object) : GRANTED;
	}

	static FactorGrantedAuthority authority() {
		return FactorGrantedAuthority.fromAuthority(FACTOR);
	}

	/**
	 * Whether this sign-in needs the second factor. A sign-in through the identity provider (single sign-on) needs
	 * none here: the identity provider asks for its own.
	 */
	static boolean needed(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.needsSecondFactor() && !SingleSignOnAuthentication.given(authentication);
	}

	/**
	 * Whether this sign-in still waits for its second factor: the password was right, the code is still to come.
	 */
	static boolean pending(Authentication authentication) {
		return needed(authentication) && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.noneMatch(FACTOR::equals);
	}

}
