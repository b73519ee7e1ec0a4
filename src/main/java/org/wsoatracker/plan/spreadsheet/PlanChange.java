package org.wsoatracker.plan.spreadsheet;

import java.util.List;

/**
 * One change an import would make to a plan: an area or an action added, changed or removed, with the row of the
 * file that makes it (for a removal, the row it has in the plan's export) and, for a change, what changes.
 */
public record PlanChange(Kind kind, String subject, int row, List<String> details) {

	public PlanChange {
		details = List.copyOf(details);
	}

	public enum Kind {

		ADDED("Added"), CHANGED("Changed"), REMOVED("Removed");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
