package org.wsoatracker.progress;

/**
 * Where a measure's actual stands against its trajectory: the straight line from the baseline (at the action's start)
 * to the target (at the end of the target month). The words are the ones every page, report and spreadsheet shows.
 */
public enum Trajectory {

	ON_TRACK("On track"), BEHIND("Behind"), NOT_SET("No trajectory set"), NO_ACTUAL("No actual reported");

	private final String label;

	Trajectory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
