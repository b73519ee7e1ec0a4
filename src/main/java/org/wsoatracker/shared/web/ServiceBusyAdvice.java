package org.wsoatracker.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.error.ServiceBusyException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Work refused for being too much at once ({@link ServiceBusyException}) is answered with 503, Retry-After and the
 * styled "The service is busy" page (error/503.html, through the same error page machinery as the other styled
 * errors, with the layout's navigation).
 */
@ControllerAdvice
class ServiceBusyAdvice {

	/**
	 * What the page tells people: try again in a minute.
	 */
	private static final int RETRY_AFTER_SECONDS = 60;

	private static final Logger log = LoggerFactory.getLogger(ServiceBusyAdvice.class);

	@ExceptionHandler(ServiceBusyException.class)
	void busy(ServiceBusyException busy, HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.warn("Busy: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
				busy.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
