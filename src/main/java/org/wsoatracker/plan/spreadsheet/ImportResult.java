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
	 * The file was read, and these are all its problems. Nothing was created.
	 */
	record Refused(List<ImportProblem> problems) implements ImportResult {
	}

}
