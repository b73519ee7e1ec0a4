package org.wsoatracker.progress;

/**
 * What the system, not the lead, says about an action. Computed from the plan's dates, the reporting periods and the
 * updates; never typed.
 */
public enum Flag {

	OVERDUE("Overdue", "Its end date has passed and it is not complete"),
	NO_UPDATE_THIS_PERIOD("No update this period", "The update for this period was due and has not been submitted"),
	AWAITING_FIRST_UPDATE("Awaiting first update", "No update has been submitted yet"),
	RATING_AT_ODDS("Rating at odds with the facts",
			"Rated on track although its end date has passed or a measure is behind its trajectory");

	private final String label;

	private final String description;

	Flag(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

	/**
	 * The flag as a reason an action needs looking at: "Overdue: its end date has passed and it is not complete".
	 */
	public String reason() {
		return this.label + ": " + Character.toLowerCase(this.description.charAt(0)) + this.description.substring(1);
	}

}
