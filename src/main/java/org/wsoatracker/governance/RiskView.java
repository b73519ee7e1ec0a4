package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * A risk as its pages show it, with its score and rating worked out by {@link RiskRating}.
 */
public record RiskView(long id, long planId, String title, String cause, String consequence, long ownerId,
		String ownerName, String mitigations, int likelihood, int impact, int targetScore, LocalDate reviewDate,
		RiskStatus status, long version) {

	/**
	 * The words for likelihood 1 to 5.
	 */
	public static final java.util.List<String> LIKELIHOODS = java.util.List.of("Rare", "Unlikely", "Possible",
			"Likely", "Almost certain");

	/**
	 * The words for impact 1 to 5.
	 */
	public static final java.util.List<String> IMPACTS = java.util.List.of("Negligible", "Minor", "Moderate", "Major",
			"Severe");

	public String likelihoodText() {
		return this.likelihood + " – " + LIKELIHOODS.get(this.likelihood - 1);
	}

	public String impactText() {
		return this.impact + " – " + IMPACTS.get(this.impact - 1);
	}

	public int score() {
		return RiskRating.score(this.likelihood, this.impact);
	}

	public RiskRating rating() {
		return RiskRating.of(score());
	}

	public RiskRating targetRating() {
		return RiskRating.of(this.targetScore);
	}

	public boolean open() {
		return this.status == RiskStatus.OPEN;
	}

}
