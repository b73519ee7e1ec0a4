package org.wsoatracker.governance;

/**
 * A risk's rating from its score (likelihood × impact, each 1 to 5): the one rule, in words first, the colour only
 * supporting them. No product of two numbers from 1 to 5 lies between 17 and 19; a target score there is High.
 */
public enum RiskRating {

	LOW("Low", "green", 1, 4), MEDIUM("Medium", "yellow", 5, 9), HIGH("High", "orange", 10, 19),
	VERY_HIGH("Very high", "red", 20, 25);

	private final String label;

	private final String colour;

	private final int lowest;

	private final int highest;

	RiskRating(String label, String colour, int lowest, int highest) {
		this.label = label;
		this.colour = colour;
		this.lowest = lowest;
		this.highest = highest;
	}

	/**
	 * The score of a likelihood and an impact, each from 1 to 5.
	 */
	public static int score(int likelihood, int impact) {
		if (likelihood < 1 || likelihood > 5 || impact < 1 || impact > 5) {
			throw new IllegalArgumentException("Likelihood and impact are from 1 to 5");
		}
		return likelihood * impact;
	}

	/**
	 * The rating of a score from 1 to 25.
	 */
	public static RiskRating of(int score) {
		for (RiskRating rating : values()) {
			if (score >= rating.lowest && score <= rating.highest) {
				return rating;
			}
		}
		throw new IllegalArgumentException("A score is from 1 to 25");
	}

	public String label() {
		return this.label;
	}

	public String colour() {
		return this.colour;
	}

	/**
	 * The scores this rating covers, as the key to the ratings says it: "Low: 1 to 4".
	 */
	public String band() {
		return this.label + ": " + this.lowest + " to " + this.highest;
	}

}
