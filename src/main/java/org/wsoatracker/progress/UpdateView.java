package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.wsoatracker.plan.Rag;

public record UpdateView(long id, long actionId, PeriodView period, String statusCode, Rag confidence, String done,
		String nextSteps, State state, String authorName, Instant updatedAt, Instant submittedAt, boolean demo,
		Map<Long, BigDecimal> actuals, List<EvidenceView> evidence, List<ReviewView> reviews, long version) {

	public enum State {

		DRAFT("Draft"), SUBMITTED("Submitted to the board"), ACCEPTED("Accepted by the board"),
		CHALLENGED("Challenged by the board");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public String updatedAtText() {
		return ReviewView.LONDON_TIME.format(this.updatedAt);
	}

	/**
	 * The latest change to the update, who made it and when: the lead's save or submission, or the board's decision
	 * if that came later. For example "Submitted to the board by Maxine Squire, 12 June 2020, 10:05".
	 */
	public String lastChange() {
		ReviewView review = this.reviews.isEmpty() ? null : this.reviews.get(this.reviews.size() - 1);
		if (review != null && (this.updatedAt == null || !review.decidedAt().isBefore(this.updatedAt))) {
			return (review.accepted() ? "Accepted" : "Challenged") + " by " + review.reviewerName() + ", "
					+ review.decidedOnText();
		}
		String what = this.state == State.DRAFT || this.state == State.CHALLENGED ? "Saved" : "Submitted to the board";
		return what + " by " + this.authorName + ", " + updatedAtText();
	}

	public boolean editable() {
		return this.period.open() && (this.state == State.DRAFT || this.state == State.CHALLENGED);
	}

	public boolean submitted() {
		return this.state != State.DRAFT;
	}

}
