package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A request refused (403) is in the security event log with what was asked for, then answered with the styled page.
 */
class AccessRefusedHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	private final SecurityLog securityLog;

	AccessRefusedHandler(SecurityLog securityLog) {
		this.securityLog = securityLog;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		this.securityLog.record(SecurityEventKind.ACCESS_REFUSED, request.getMethod() + " " + request.getRequestURI());
		this.page.handle(request, response, refused);
	}

}
