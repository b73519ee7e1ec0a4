package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the sign-in page with the email as typed (no longer than an email address can be),
 * so the page can say what is wrong and keep the input, and records the failure in the security event log. Which of
 * email and password was wrong is never said.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String ATTEMPT = "loginAttempt";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	private final SignInThrottle throttle;

	private final SecurityLog securityLog;

	LoginFailureHandler(SignInThrottle throttle, SecurityLog securityLog) {
		this.throttle = throttle;
		this.securityLog = securityLog;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String typed = request.getParameter("username");
		String username = typed == null ? "" : typed.trim();
		if (username.length() > SignInThrottle.MAX_EMAIL_LENGTH) {
			username = username.substring(0, SignInThrottle.MAX_EMAIL_LENGTH);
		}
		String password = request.getParameter("password");
		boolean locked = exception instanceof LockedException;
		if (!username.isEmpty()) {
			this.securityLog.record(locked ? SecurityEventKind.SIGN_IN_LOCKED : SecurityEventKind.SIGN_IN_FAILED,
					username, null, null);
		}
		FlashMap flash = new FlashMap();
		flash.put(ATTEMPT, new LoginAttempt(username, password == null || password.isEmpty(),
				locked ? this.throttle.lockMinutes() : 0));
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/**
	 * What was typed, and for how many minutes sign-in is refused (0 when it is not).
	 */
	record LoginAttempt(String username, boolean passwordMissing, long lockedMinutes) implements java.io.Serializable {
	}

}
