package org.wsoatracker.plan;

import java.util.Collection;
import java.util.Set;

/**
 * What has been reported against a plan's actions and measures, which a change to the plan must not lose. The plan
 * asks before it removes anything; the module that records progress answers.
 */
public interface PlanHistory {

	/**
	 * Of these measures, those with actual values reported in progress updates.
	 */
	Set<Long> measuresWithReportedValues(Collection<Long> measureIds);

	/**
	 * Whether any progress update has been written for the action.
	 */
	boolean actionHasUpdates(long actionId);

	/**
	 * Whether anything has been reported on the plan: a reporting period opened (and with it any progress update or
	 * published report), or its public page turned on or off.
	 */
	boolean planIsReported(long planId);

}
