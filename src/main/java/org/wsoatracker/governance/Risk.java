package org.wsoatracker.governance;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A risk of a plan's register. Its score (likelihood × impact) is worked out, never stored by hand.
 */
@Entity
class Risk {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private String title;

	private String cause;

	private String consequence;

	private long ownerId;

	private String mitigations;

	private int likelihood;

	private int impact;

	private int targetScore;

	private LocalDate reviewDate;

	@Enumerated(EnumType.STRING)
	private RiskStatus status;

	@Version
	private long version;

	protected Risk() {
	}

	Risk(long planId, RiskDetails details) {
		this.planId = planId;
		update(details);
	}

	void update(RiskDetails details) {
		this.title = details.title();
		this.cause = details.cause();
		this.consequence = details.consequence();
		this.ownerId = details.ownerId();
		this.mitigations = details.mitigations();
		this.likelihood = details.likelihood();
		this.impact = details.impact();
		this.targetScore = details.targetScore();
		this.reviewDate = details.reviewDate();
		this.status = details.status();
	}

	RiskView toView(String ownerName) {
		return new RiskView(this.id, this.planId, this.title, this.cause, this.consequence, this.ownerId, ownerName,
				this.mitigations, this.likelihood, this.impact, this.targetScore, this.reviewDate, this.status,
				this.version);
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	long getOwnerId() {
		return this.ownerId;
	}

	long getVersion() {
		return this.version;
	}

}
