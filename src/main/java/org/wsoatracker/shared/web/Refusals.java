package org.wsoatracker.shared.web;

import org.wsoatracker.shared.error.ConflictException;

import org.springframework.validation.Errors;

/**
 * Shows a refusal from a service on its form: beside the field it is about, or at the top of the error summary.
 */
public final class Refusals {

	private Refusals() {
	}

	public static void reject(Errors errors, ConflictException refusal) {
		if (refusal.field() != null) {
			errors.rejectValue(refusal.field(), "conflict", refusal.getMessage());
		}
		else {
			errors.reject("conflict", refusal.getMessage());
		}
	}

}
