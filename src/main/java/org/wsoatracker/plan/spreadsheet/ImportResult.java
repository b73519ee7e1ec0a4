package org.wsoatracker.plan.spreadsheet;

import java.util.List;

/**
 * What came of an import: the new plan, or why there is none.
 */
public sealed interface ImportResult {

	/**
	 * The plan was created.
	 */
	record Imported(long planId) implements ImportResult {
	}

	/**
	 * The file as a whole cannot be used (empty, not XLSX or CSV, nothing under the header row).
	 */
	record Unreadable(String message) implements ImportResult {
	}

	/**
	 * The file was read, and has {@code count} problems: these are all of them, or, when there are more than
	 * {@link PlanTableReader#MAX_PROBLEMS_LISTED}, that many of the first found. Nothing was created.
	 */
	record Refused(List<ImportProblem> problems, int count) implements ImportResult {
	}

}
