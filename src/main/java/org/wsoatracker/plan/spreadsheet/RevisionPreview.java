package org.wsoatracker.plan.spreadsheet;

import java.util.List;

/**
 * What importing a file into a plan would do: its changes, in the order of the file, removals last; what refuses it
 * (something with reported history would be removed or moved), each named with its row; and the fingerprint the
 * apply form repeats, so that what is applied is exactly what was shown.
 */
public record RevisionPreview(long planId, String planTitle, String filename, List<PlanChange> changes,
		List<ImportProblem> refusals, String fingerprint) {

	public RevisionPreview {
		changes = List.copyOf(changes);
		refusals = List.copyOf(refusals);
	}

	public boolean mayApply() {
		return this.refusals.isEmpty() && !this.changes.isEmpty();
	}

	public long count(PlanChange.Kind kind) {
		return this.changes.stream().filter(change -> change.kind() == kind).count();
	}

}
