package org.wsoatracker.progress;

import java.util.List;

/**
 * What the board needs beside an update to decide on it: the action's leads by name, the status the action had at
 * its previous update and how it moved since, the flags the system raises on the action as the period stands, and
 * each measure of success with its latest actual value against its target.
 */
public record ReviewFacts(long updateId, String leads, String previousStatus, String previousPeriod, String movement,
		List<String> flagReasons, List<MeasureLine> measures) {

	/**
	 * One measure: "90% on time", its latest actual ("85% in June 2020", or "Not reported yet") and its target
	 * ("90% by December 2020").
	 */
	public record MeasureLine(String text, String latestActual, String target) {
	}

}
