package org.wsoatracker.shared.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two saves of the same thing that both passed the forms' version check at the same moment: the second is refused by
 * the database's version column. Rather than a failure page, say what happened; nothing of the second save was kept.
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange() {
		return "error/409";
	}

}
