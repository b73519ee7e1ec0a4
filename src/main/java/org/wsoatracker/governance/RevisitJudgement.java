package org.wsoatracker.governance;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The inspectors' judgement of one area of weakness at a revisit, in their words; an area judged to have made
 * sufficient progress may be released from monitoring.
 */
@Entity
class RevisitJudgement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long weaknessId;

	@Enumerated(EnumType.STRING)
	private Judgement judgement;

	private String inspectorsWords;

	private LocalDate releasedFromMonitoring;

	protected RevisitJudgement() {
	}

	RevisitJudgement(long weaknessId, Judgement judgement, String inspectorsWords) {
		this.weaknessId = weaknessId;
		update(judgement, inspectorsWords);
	}

	void update(Judgement judgement, String inspectorsWords) {
		this.judgement = judgement;
		this.inspectorsWords = inspectorsWords;
		if (judgement != Judgement.SUFFICIENT_PROGRESS) {
			this.releasedFromMonitoring = null;
		}
	}

	void release(LocalDate on) {
		this.releasedFromMonitoring = on;
	}

	long getWeaknessId() {
		return this.weaknessId;
	}

	Judgement getJudgement() {
		return this.judgement;
	}

	String getInspectorsWords() {
		return this.inspectorsWords;
	}

	LocalDate getReleasedFromMonitoring() {
		return this.releasedFromMonitoring;
	}

}
