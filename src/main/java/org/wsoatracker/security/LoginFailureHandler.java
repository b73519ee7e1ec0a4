package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Sends a failed sign-in back to the sign-in page with the email as typed, so the page can say what is wrong and
 * keep the input. Which of email and password was wrong is never said.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String ATTEMPT = "loginAttempt";

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	private final SignInThrottle throttle;

	LoginFailureHandler(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		String username = request.getParameter("username");
		String password = request.getParameter("password");
		boolean locked = exception instanceof LockedException;
		if (!locked && username != null && !username.isBlank()) {
			this.throttle.failed(username);
		}
		flash.put(ATTEMPT, new LoginAttempt(username == null ? "" : username.trim(),
				password == null || password.isEmpty(), locked ? this.throttle.lockMinutes() : 0));
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
