package org.wsoatracker.governance;

/**
 * The inspectors' judgement of one area of weakness at a revisit.
 */
public enum Judgement {

	SUFFICIENT_PROGRESS("Sufficient progress", "green"), NOT_SUFFICIENT_PROGRESS("Not sufficient progress", "red");

	private final String label;

	private final String tagColour;

	Judgement(String label, String tagColour) {
		this.label = label;
		this.tagColour = tagColour;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The GOV.UK tag colour that goes with the words (never instead of them).
	 */
	public String tagColour() {
		return this.tagColour;
	}

}
