package org.wsoatracker.governance;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A review of a plan by the Department for Education and NHS England.
 */
@Entity
class OversightReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private LocalDate heldOn;

	private String attended;

	private String outcomeSummary;

	private String actionsAgreed;

	@Version
	private long version;

	protected OversightReview() {
	}

	OversightReview(long planId, ReviewDetails details) {
		this.planId = planId;
		update(details);
	}

	void update(ReviewDetails details) {
		this.heldOn = details.heldOn();
		this.attended = details.attended();
		this.outcomeSummary = details.outcomeSummary();
		this.actionsAgreed = details.actionsAgreed();
	}

	ReviewView toView() {
		return new ReviewView(this.id, this.planId, this.heldOn, this.attended, this.outcomeSummary,
				this.actionsAgreed, this.version);
	}

	long getPlanId() {
		return this.planId;
	}

	long getVersion() {
		return this.version;
	}

}
