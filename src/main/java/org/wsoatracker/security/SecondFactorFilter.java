package org.wsoatracker.security;

import java.io.IOException;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.people.SecondFactorService;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The second step of signing in: a code from the authenticator app ({@value #APP_CODE_PAGE}) or a recovery code
 * ({@value #RECOVERY_CODE_PAGE}), sent by someone whose password was right. Each code is counted by the
 * {@link SignInThrottle} with the failed passwords of the same address, before it is checked, so that wrong codes
 * lock the address out as wrong passwords do; a refused code goes back to its page with the reason. Once a code is
 * accepted, Spring Security adds the second factor to the sign-in, under a new session id, and sends the person where
 * they were going.
 */
class SecondFactorFilter extends AbstractAuthenticationProcessingFilter {

	static final String APP_CODE_PAGE = "/login/code";

	static final String RECOVERY_CODE_PAGE = "/login/recovery-code";

	static final String REFUSAL = "codeRefusal";

	private static final RequestMatcher RECOVERY = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
			RECOVERY_CODE_PAGE);

	private final SignInThrottle throttle;

	private final SecondFactorService secondFactors;

	private final SecurityLog securityLog;

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	SecondFactorFilter(SignInThrottle throttle, SecondFactorService secondFactors, SecurityLog securityLog) {
		super(new OrRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, APP_CODE_PAGE), RECOVERY));
		this.throttle = throttle;
		this.secondFactors = secondFactors;
		this.securityLog = securityLog;
		setAuthenticationManager(this::check);
		setAuthenticationFailureHandler(this::refused);
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (!SecondFactorRequirement.pending(current) || !(current.getPrincipal() instanceof SignedInUser user)) {
			throw new InsufficientAuthenticationException("No sign-in is waiting for a code");
		}
		boolean recovery = RECOVERY.matches(request);
		String typed = request.getParameter("code") == null ? "" : request.getParameter("code");
		if (typed.isBlank()) {
			throw new CodeNotValid(recovery ? "Enter a recovery code" : CodeForm.MISSING);
		}
		if (!recovery && !CodeForm.isSixDigits(typed)) {
			throw new CodeNotValid(CodeForm.NOT_SIX_DIGITS);
		}
		return getAuthenticationManager().authenticate(SecondFactorAuthentication.typed(user, recovery, typed));
	}

	/**
	 * Counts the attempt, then checks the code: the second factor, or a refusal.
	 */
	private Authentication check(Authentication authentication) {
		SecondFactorAuthentication typed = (SecondFactorAuthentication) authentication;
		SignedInUser user = typed.getPrincipal();
		boolean recovery = typed.isRecovery();
		if (!this.throttle.attempt(user.getUsername())) {
			this.securityLog.record(SecurityEventKind.SIGN_IN_LOCKED, user.getUsername(), user.getAccountId(), null);
			throw new LockedException("Too many failed sign-ins with this email address");
		}
		if (!recovery) {
			if (this.secondFactors.acceptCode(user.getAccountId(), typed.getCredentials())) {
				return SecondFactorAuthentication.given(user, false, "with a code from the authenticator app");
			}
		}
		else {
			OptionalInt left = this.secondFactors.acceptRecoveryCode(user.getAccountId(), typed.getCredentials());
			if (left.isPresent()) {
				return SecondFactorAuthentication.given(user, true,
						"with a recovery code (" + left.getAsInt() + " left)");
			}
		}
		this.securityLog.record(SecurityEventKind.SIGN_IN_CODE_REFUSED, user.getUsername(), user.getAccountId(),
				recovery ? "recovery code" : "authenticator app code");
		throw new BadCredentialsException("Wrong code");
	}

	/**
	 * Back to the page the code came from, which says why it was refused.
	 */
	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
			throws IOException {
		if (refusal instanceof InsufficientAuthenticationException) {
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		boolean recovery = RECOVERY.matches(request);
		String reason;
		if (refusal instanceof CodeNotValid) {
			reason = refusal.getMessage();
		}
		else if (refusal instanceof LockedException) {
			reason = "There have been too many failed attempts to sign in with this email address. Wait "
					+ this.throttle.lockMinutes() + " minutes, then try again";
		}
		else {
			reason = recovery ? "The recovery code is not correct, or it has been used already"
					: "The code is not correct, or it has expired: enter the code the app shows now";
		}
		String page = recovery ? RECOVERY_CODE_PAGE : APP_CODE_PAGE;
		FlashMap flash = new FlashMap();
		flash.put(REFUSAL, reason);
		flash.setTargetRequestPath(request.getContextPath() + page);
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + page + "?error");
	}

	/**
	 * A code that cannot be right, refused without counting it.
	 */
	private static final class CodeNotValid extends AuthenticationException {

		CodeNotValid(String message) {
			super(message);
		}

	}

}
