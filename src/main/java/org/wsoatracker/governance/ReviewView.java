package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * A DfE and NHS England review meeting: when, who attended, the outcome letter's summary and the actions agreed.
 */
public record ReviewView(long id, long planId, LocalDate heldOn, String attended, String outcomeSummary,
		String actionsAgreed, long version) {
}
