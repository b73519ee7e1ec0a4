package org.wsoatracker.plan.spreadsheet;

/**
 * Something wrong with an imported file: where (row number as the spreadsheet shows it, column heading; either may be
 * null when the problem is not in one cell) and what.
 */
public record ImportProblem(Integer row, String column, String message) {
}
