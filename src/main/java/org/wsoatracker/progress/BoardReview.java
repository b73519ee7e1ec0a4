package org.wsoatracker.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A board member's decision on a submitted update: accepted, or challenged with a comment.
 */
@Entity
class BoardReview {

	enum Decision {

		ACCEPTED, CHALLENGED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	private String comment;

	private Long reviewerAccountId;

	private String reviewerName;

	private Instant decidedAt;

	protected BoardReview() {
	}

	BoardReview(Decision decision, String comment, Long reviewerAccountId, String reviewerName, Instant decidedAt) {
		this.decision = decision;
		this.comment = comment;
		this.reviewerAccountId = reviewerAccountId;
		this.reviewerName = reviewerName;
		this.decidedAt = decidedAt;
	}

	boolean isAccepted() {
		return this.decision == Decision.ACCEPTED;
	}

	ReviewView toView() {
		return new ReviewView(this.decision == Decision.ACCEPTED, this.comment, this.reviewerName, this.decidedAt);
	}

}
