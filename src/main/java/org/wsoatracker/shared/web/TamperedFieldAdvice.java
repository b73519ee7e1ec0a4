package org.wsoatracker.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A form sent with a field name no page of the service has, that names a field in a way it cannot be (an index on a
 * field that is no list, "version[0]"; an index far past any list, "measures[99999].text"), is a request no form
 * sends: answered 400 with the service's error page, and nothing is saved. A field name that names nothing at all is
 * ignored, as it always was, and so is a negative index ("reviewPoint[-1]"), which binding would look up in the list
 * before refusing it, and fail.
 */
@ControllerAdvice
class TamperedFieldAdvice {

	@InitBinder
	void ignoreNegativeIndexes(WebDataBinder binder) {
		binder.setDisallowedFields("*[-*");
	}

	@ExceptionHandler(InvalidPropertyException.class)
	void refuse(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
