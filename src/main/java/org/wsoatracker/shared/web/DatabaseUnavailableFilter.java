package org.wsoatracker.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, every request that needs it is answered at once — as soon as the connection
 * pool gives up waiting (spring.datasource.hikari.connection-timeout, 3 seconds) — with a styled "service unavailable"
 * page and 503, rather than a failure page. The filter sits before the session filter, since reading the session
 * needs the database too; the page is rendered without the session, the security context or the database. Nothing
 * needs restarting: the next request after the database is back is served as usual.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final String CLOSED_CONNECTION = "Connection is closed";

	private final ITemplateEngine templates;

	DatabaseUnavailableFilter(ITemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database cannot be reached: answered {} {} with 503 ({})", request.getMethod(),
					request.getRequestURI(), rootMessage(ex));
			response.reset();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "30");
			response.setHeader(RequestIdFilter.HEADER, RequestIdFilter.of(request));
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			Context context = new Context(Locale.UK);
			context.setVariable("requestId", RequestIdFilter.of(request));
			this.templates.process("error/database-unavailable", context, response.getWriter());
		}
	}

	/**
	 * True when the failure, or anything that caused it, says the database could not be reached: the pool timed out
	 * waiting for a connection, the driver reported a connection failure (SQL state class 08) or the server shutting
	 * down (57P01–57P03), or a connection the pool had lent was found closed under the transaction (the pool's own
	 * "Connection is closed", which carries no SQL state: it replaces the driver's failure when the rollback that
	 * follows fails too).
	 */
	static boolean databaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
				return true;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
