package org.wsoatracker.plan;

/**
 * The colours dashboards show. Always shown with a word; the colour only supports it.
 */
public enum Rag {

	GREY("Grey", "grey"), RED("Red", "red"), AMBER_RED("Amber/Red", "orange"), AMBER("Amber", "yellow"),
	AMBER_GREEN("Amber/Green", "turquoise"), GREEN("Green", "green"), BLUE("Blue", "blue");

	private final String label;

	private final String tagColour;

	Rag(String label, String tagColour) {
		this.label = label;
		this.tagColour = tagColour;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the board must look at an action rated this colour: red or delayed.
	 */
	public boolean ofConcern() {
		return this == RED || this == AMBER_RED || this == AMBER;
	}

	/**
	 * The GOV.UK tag colour that goes with the word.
	 */
	public String tagColour() {
		return this.tagColour;
	}

}
