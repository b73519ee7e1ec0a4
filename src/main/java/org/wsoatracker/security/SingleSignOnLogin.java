package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.people.ProviderIdentity;
import org.wsoatracker.people.ProviderRefusal;
import org.wsoatracker.people.ProviderSignIn;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.security.SingleSignOnSettings;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Signing in through the identity provider: Spring Security's OpenID Connect login (the authorization code flow),
 * started by the sign-in page's button at {@value #START} and answered by the provider at
 * {@code /login/oauth2/code/sso}. Who the person is here is decided by {@link SingleSignOnUserService}; once they are
 * signed in, the session keeps the same signed-in person as a password sign-in gives ({@link SignedInUser}, in a
 * {@link SingleSignOnAuthentication}), not the provider's view of them. A refusal goes back to the sign-in page, which
 * says why. Every sign-in and refusal is in the security event log (a sign-in by {@link SignInEvents}).
 */
class SingleSignOnLogin {

	static final String REGISTRATION_ID = "sso";

	static final String START = "/oauth2/authorization/" + REGISTRATION_ID;

	/**
	 * The flash attribute that tells the sign-in page why single sign-on was refused.
	 */
	static final String REFUSAL = "singleSignOnRefusal";

	private final SingleSignOnUserService users;

	private final SecurityLog securityLog;

	private final SingleSignOnSettings settings;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final AuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	SingleSignOnLogin(SingleSignOnUserService users, SecurityLog securityLog, SingleSignOnSettings settings) {
		this.users = users;
		this.securityLog = securityLog;
		this.settings = settings;
	}

	void configure(HttpSecurity http) {
		http.oauth2Login((login) -> login.loginPage("/login")
			.authorizedClientRepository(new NoTokensKept())
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this.users))
			.successHandler(this::signedIn)
			.failureHandler(this::refused));
	}

	/**
	 * The session keeps the person as a password sign-in would, under the new session id the sign-in gave, and they
	 * go on to the page they were going to.
	 */
	private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		SingleSignOnAuthentication signedIn = new SingleSignOnAuthentication(
				((ProviderUser) authentication.getPrincipal()).user());
		signedIn.setDetails(authentication.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.then.onAuthenticationSuccess(request, response, signedIn);
	}

	/**
	 * A refusal: in the security event log, then back to the sign-in page, which says why.
	 */
	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException {
		String message;
		if (refusal instanceof SingleSignOnRefused refused) {
			ProviderIdentity identity = refused.identity();
			ProviderSignIn signIn = refused.signIn();
			this.securityLog.record(SecurityEventKind.SINGLE_SIGN_ON_REFUSED,
					signIn.email() != null ? signIn.email() : identity.email(), signIn.accountId(),
					signIn.refusal().reason() + " (" + (identity.email() == null ? "no email address"
							: identity.email() + (identity.emailVerified() ? ", verified" : ", not verified"))
							+ "; subject " + identity.subject() + " of " + identity.issuer() + ")");
			message = message(signIn.refusal());
		}
		else {
			String error = refusal instanceof OAuth2AuthenticationException oauth2
					? oauth2.getError().getErrorCode() : refusal.getClass().getSimpleName();
			this.securityLog.record(SecurityEventKind.SINGLE_SIGN_ON_REFUSED, null, null,
					"the identity provider's answer was refused: " + error);
			message = "Signing in with " + this.settings.name() + " did not work. Try again.";
		}
		FlashMap flash = new FlashMap();
		flash.put(REFUSAL, message);
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?singleSignOnRefused");
	}

	private String message(ProviderRefusal refusal) {
		String name = this.settings.name();
		String ownLink = "open the link in your invitation or password reset email and choose \"Sign in with " + name
				+ "\" there. If you have no such email, ask your programme office to send you one.";
		return switch (refusal) {
			case NOT_LINKED -> "You have signed in with " + name
					+ ", but no account in WSOA Tracker is linked to it yet. To link yours, " + ownLink;
			case NO_ACCOUNT -> "There is no account in WSOA Tracker with your email address. Ask your programme office"
					+ " to invite you.";
			case EMAIL_NOT_VERIFIED -> "We could not confirm your email address with " + name
					+ ", so it cannot find your account in WSOA Tracker. To link your account, " + ownLink;
			case ACCOUNT_DISABLED -> "Your account in WSOA Tracker has been disabled. Ask your programme office if you"
					+ " need it again.";
			case LINKED_TO_ANOTHER_IDENTITY -> "Your account in WSOA Tracker is linked to another " + name
					+ " sign-in. Sign in with that one, or, to link this one instead, " + ownLink;
			case LINK_EXPIRED -> "The link in your email has expired or has already been used. Ask your programme"
					+ " office to send you a new one.";
		};
	}

	/**
	 * The service asks the identity provider only who the person is: it keeps none of the provider's tokens.
	 */
	private static final class NoTokensKept implements OAuth2AuthorizedClientRepository {

		@Override
		public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
				Authentication principal, HttpServletRequest request) {
			return null;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
				HttpServletRequest request, HttpServletResponse response) {
		}

	}

}
