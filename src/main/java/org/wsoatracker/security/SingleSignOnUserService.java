package org.wsoatracker.security;

import jakarta.servlet.http.HttpSession;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.EmailedLink;
import org.wsoatracker.people.ProviderIdentity;
import org.wsoatracker.people.ProviderSignIn;
import org.wsoatracker.shared.security.SingleSignOnSettings;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who someone who has signed in at the identity provider is here. Spring Security's own service reads the provider's
 * ID token (checked already: signature, issuer, audience, expiry, nonce) and user info; the accounts then say which
 * account the identity signs in as, linking it the first time ({@link AccountService#signInThroughProvider}), or why
 * it may not ({@link SingleSignOnRefused}). The person signed in is then built by the same lookup of the account as a
 * password sign-in, so their role and everything else come from this service, never from the provider.
 */
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/**
	 * The session attribute that holds the invitation or reset link whose person chose to sign in through the
	 * identity provider, until the provider answers.
	 */
	static final String PENDING_LINK = SingleSignOnUserService.class.getName() + ".link";

	/**
	 * Microsoft Entra ID's claim that the domain of the email address is one its tenant has verified: Entra sends no
	 * {@code email_verified}.
	 */
	static final String ENTRA_EMAIL_DOMAIN_VERIFIED = "xms_edov";

	private final OidcUserService provider = new OidcUserService();

	private final AccountService accounts;

	private final AccountUserDetailsService users;

	private final SingleSignOnSettings settings;

	SingleSignOnUserService(AccountService accounts, AccountUserDetailsService users, SingleSignOnSettings settings) {
		this.accounts = accounts;
		this.users = users;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser identity = this.provider.loadUser(request);
		ProviderIdentity who = new ProviderIdentity(identity.getIdToken().getClaimAsString(IdTokenClaimNames.ISS),
				identity.getSubject(), identity.getEmail(), emailVerified(identity));
		ProviderSignIn signIn = this.accounts.signInThroughProvider(who, takePendingLink(),
				this.settings.matchByEmail());
		if (!signIn.isAccepted()) {
			throw new SingleSignOnRefused(who, signIn);
		}
		return new ProviderUser(identity, this.users.loadUserByUsername(signIn.email()));
	}

	/**
	 * Whether the provider has verified the email address: its {@code email_verified} claim says so, or, when it sends
	 * no such claim, Microsoft Entra ID's {@code xms_edov} does.
	 */
	static boolean emailVerified(OidcUser identity) {
		if (identity.getClaims().get(StandardClaimNames.EMAIL_VERIFIED) != null) {
			return Boolean.TRUE.equals(identity.getEmailVerified());
		}
		Object domainVerified = identity.getClaims().get(ENTRA_EMAIL_DOMAIN_VERIFIED);
		return Boolean.TRUE.equals(domainVerified) || "true".equals(domainVerified);
	}

	/**
	 * The invitation or reset link its person came from, if any: taken from the session, so that it counts for this
	 * answer of the provider only.
	 */
	private static EmailedLink takePendingLink() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null && session.getAttribute(PENDING_LINK) instanceof EmailedLink link) {
				session.removeAttribute(PENDING_LINK);
				return link;
			}
		}
		return null;
	}

}
