package org.wsoatracker.plan;

/**
 * Which archived record takes a plan or an inspection out of the ordinary lists, dashboards and reminders: the record
 * itself, the inspection the plan answers, or the local area they belong to (see {@link Plan#archived} and
 * {@link Inspection#archived}). An archived plan takes no new reporting periods or updates; whatever is archived stays
 * readable, with its history and published reports, until it is restored.
 */
public enum Archived {

	PLAN("plan"), INSPECTION("inspection"), LOCAL_AREA("local area");

	private final String label;

	Archived(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * What a record's page says of it: "This plan is archived", or "This plan's local area is archived".
	 * @param record what the record is: "plan" or "inspection"
	 */
	public String describe(String record) {
		return "This " + record + (this.label.equals(record) ? "" : "'s " + this.label) + " is archived";
	}

}
