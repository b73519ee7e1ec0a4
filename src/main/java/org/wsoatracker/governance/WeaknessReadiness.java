package org.wsoatracker.governance;

import java.util.List;

import org.wsoatracker.plan.WeaknessView;

/**
 * How ready one area of weakness is for a revisit, from the plan's progress as the progress module works it out: its
 * areas, how many of their actions are completed or embedded (and how many of those with evidence in their latest
 * update), each numeric measure's latest position against its trajectory, and the actions that are exceptions in the
 * latest reporting period.
 */
public record WeaknessReadiness(WeaknessView weakness, List<String> areas, int actions, int complete,
		int completeWithEvidence, List<Count> measures, List<Exception> exceptions) {

	/**
	 * How many measures stand in one position: "On track", "Behind", "No trajectory set", "No actual reported".
	 */
	public record Count(String position, int count) {
	}

	/**
	 * An action that is an exception, and why.
	 */
	public record Exception(long actionId, String number, List<String> reasons) {
	}

}
