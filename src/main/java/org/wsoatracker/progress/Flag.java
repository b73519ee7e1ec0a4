package org.wsoatracker.progress;

/**
 * What the system, not the lead, says about an action. Computed from the plan's dates, the reporting periods and the
 * updates; never typed. In the order an action's exception reasons give them ({@link ActionException}).
 */
public enum Flag {

	OVERDUE("Overdue", "Its end date has passed and it is not complete"),
	RATING_AT_ODDS("Rating at odds with the facts",
			"Rated on track although its end date has passed or a measure is behind its trajectory"),
	NO_UPDATE_THIS_PERIOD("No update this period", "The update for this period was due and has not been submitted"),
	/**
	 * For the lead; never a reason of its own for the board: once the period's update is due, it is
	 * {@link #NO_UPDATE_THIS_PERIOD}.
	 */
	AWAITING_FIRST_UPDATE("Awaiting first update", "No update has been submitted yet");

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
