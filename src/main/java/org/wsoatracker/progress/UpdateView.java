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

	public boolean editable() {
		return this.period.open() && (this.state == State.DRAFT || this.state == State.CHALLENGED);
	}

	public boolean submitted() {
		return this.state != State.DRAFT;
	}

}
