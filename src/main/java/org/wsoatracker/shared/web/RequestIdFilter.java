package org.wsoatracker.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the proxy's X-Request-Id when it sent a sensible one, otherwise a new one. The id is on
 * every log line written while the request is served (the MDC key {@value #KEY}), in the X-Request-Id response header
 * and on every error page, so that a person can quote it and an operator find the request's lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	/**
	 * The MDC key and request attribute that hold the id.
	 */
	public static final String KEY = "requestId";

	static final String HEADER = "X-Request-Id";

	private static final Pattern SENSIBLE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = of(request); // set already when this is the error page of the same request
		if (id == null) {
			id = (given != null && SENSIBLE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		}
		request.setAttribute(KEY, id);
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		boolean answered = false;
		try {
			chain.doFilter(request, response);
			answered = true;
		}
		finally {
			// A failure leaves the id in place for the servlet container's own log line of it and for its error
			// page, which comes through here again with the same id and removes it.
			if (answered) {
				MDC.remove(KEY);
			}
		}
	}

	/**
	 * The error page of a failed request is rendered after the request's own filters have returned: its log lines
	 * carry the same id, kept in the request.
	 */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * The id of the request being served, or null outside one.
	 */
	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(KEY);
		return id == null ? null : id.toString();
	}

}
