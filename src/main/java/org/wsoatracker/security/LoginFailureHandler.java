package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		FlashMap flash = new FlashMap();
		String username = request.getParameter("username");
		String password = request.getParameter("password");
		flash.put(ATTEMPT, new LoginAttempt(username == null ? "" : username.trim(),
				password == null || password.isEmpty()));
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		this.flashMaps.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	record LoginAttempt(String username, boolean passwordMissing) implements java.io.Serializable {
	}

}
