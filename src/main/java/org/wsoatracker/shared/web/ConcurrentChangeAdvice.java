package org.wsoatracker.shared.web;

import org.wsoatracker.shared.error.ConflictException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Changes refused, wherever they are refused, answered with a page that says why rather than a failure page; nothing
 * of the refused change was kept.
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

	/**
	 * Two saves of the same thing that both passed the forms' version check at the same moment: the second is refused
	 * by the database's version column.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentChange() {
		return "error/409";
	}

	/**
	 * A refusal that the page it came from does not show beside a field (a button rather than a form): its message,
	 * written for the person who asked, on a page of its own.
	 */
	@ExceptionHandler(ConflictException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String refused(ConflictException refusal, Model model) {
		model.addAttribute("message", refusal.getMessage());
		return "error/refused";
	}

}
