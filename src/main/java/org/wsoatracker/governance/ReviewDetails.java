package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * A DfE and NHS England review meeting as the programme office records it.
 */
public record ReviewDetails(LocalDate heldOn, String attended, String outcomeSummary, String actionsAgreed) {
}
