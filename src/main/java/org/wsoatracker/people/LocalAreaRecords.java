package org.wsoatracker.people;

/**
 * What the plan register keeps for a local area (its inspections, and the plans that answer them), which deleting the
 * area would lose. The people module asks before it deletes a local area; the plan register answers.
 */
public interface LocalAreaRecords {

	/**
	 * Whether any inspection, archived or not, is recorded for the local area.
	 */
	boolean hasInspections(long localAreaId);

}
