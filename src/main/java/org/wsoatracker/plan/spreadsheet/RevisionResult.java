package org.wsoatracker.plan.spreadsheet;

import java.util.List;

/**
 * What came of importing a file into an existing plan.
 */
public sealed interface RevisionResult {

	/**
	 * The file was read and kept for the person: its preview is ready.
	 */
	record Previewed(RevisionPreview preview) implements RevisionResult {
	}

	/**
	 * The changes shown were made to the plan.
	 */
	record Applied(long planId, RevisionPreview preview) implements RevisionResult {
	}

	/**
	 * The file as a whole cannot be used.
	 */
	record Unreadable(String message) implements RevisionResult {
	}

	/**
	 * The file was read and has problems (at most {@link PlanTableReader#MAX_PROBLEMS_LISTED} listed of
	 * {@code count}). Nothing was kept.
	 */
	record Refused(List<ImportProblem> problems, int count) implements RevisionResult {
	}

	/**
	 * There is nothing to apply, or the plan (or the file) is no longer what the preview showed: the person sees
	 * the preview again, or uploads again.
	 */
	record Stale(String message) implements RevisionResult {
	}

}
