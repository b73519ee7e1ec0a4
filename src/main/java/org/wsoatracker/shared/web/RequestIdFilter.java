package org.wsoatracker.shared.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

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
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			// Logged here, with the id, rather than by the servlet container once the id is gone; the container then
			// shows the error page as it would have.
			log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
		finally {
			MDC.remove(KEY);
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
