package org.wsoatracker.security;

import org.wsoatracker.people.AccountService;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.security.SingleSignOnSettings;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Sign-ins (with a password, or through the identity provider) and sign-outs: each in the security event log; a
 * sign-in also clears its address's count of failures and notes the account's last sign-in. A sign-in that needs a
 * second factor is one once the factor is given: a right password alone clears nothing, so that wrong codes keep
 * counting with the wrong passwords before them.
 */
@Component
class SignInEvents {

	private final SignInThrottle throttle;

	private final SecurityLog securityLog;

	private final AccountService accounts;

	private final SingleSignOnSettings settings;

	SignInEvents(SignInThrottle throttle, SecurityLog securityLog, AccountService accounts,
			SingleSignOnSettings settings) {
		this.throttle = throttle;
		this.securityLog = securityLog;
		this.accounts = accounts;
		this.settings = settings;
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		String email = authentication.getName();
		SignedInUser user = authentication.getPrincipal() instanceof SignedInUser signedIn ? signedIn
				: authentication.getPrincipal() instanceof ProviderUser provider ? provider.user() : null;
		Long accountId = user == null ? null : user.getAccountId();
		if (SecondFactorRequirement.pending(authentication)) {
			this.securityLog.record(SecurityEventKind.SIGN_IN_PASSWORD_ACCEPTED, email, accountId, null);
			return;
		}
		this.throttle.succeeded(email);
		if (accountId != null) {
			this.accounts.signedIn(accountId);
		}
		this.securityLog.record(SecurityEventKind.SIGN_IN, email, accountId, how(authentication));
	}

	/**
	 * How the person signed in, for the security event log, when it was not with a password alone.
	 */
	private String how(Authentication authentication) {
		if (authentication instanceof SecondFactorAuthentication factor) {
			return factor.how();
		}
		if (authentication.getPrincipal() instanceof ProviderUser) {
			return "through single sign-on (" + this.settings.name() + ")";
		}
		return null;
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		Long accountId = event.getAuthentication().getPrincipal() instanceof SignedInUser user ? user.getAccountId()
				: null;
		this.securityLog.record(SecurityEventKind.SIGN_OUT, event.getAuthentication().getName(), accountId, null);
	}

}
