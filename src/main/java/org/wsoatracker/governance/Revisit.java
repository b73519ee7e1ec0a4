package org.wsoatracker.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;

/**
 * A revisit (or monitoring inspection) of a plan, recorded against the inspection the plan answers, with a judgement
 * per area of weakness and, once made, the plan that follows it.
 */
@Entity
class Revisit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private long inspectionId;

	@Enumerated(EnumType.STRING)
	private RevisitKind kind;

	private LocalDate startDate;

	private LocalDate endDate;

	private LocalDate letterDate;

	private String letterSummary;

	private Long nextPlanId;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "revisit_id", nullable = false)
	private List<RevisitJudgement> judgements = new ArrayList<>();

	@Version
	private long version;

	protected Revisit() {
	}

	Revisit(long planId, long inspectionId, RevisitDetails details) {
		this.planId = planId;
		this.inspectionId = inspectionId;
		update(details);
	}

	void update(RevisitDetails details) {
		this.kind = details.kind();
		this.startDate = details.startDate();
		this.endDate = details.endDate();
		this.letterDate = details.letterDate();
		this.letterSummary = details.letterSummary();
	}

	/**
	 * Records (or changes) the judgement of one area of weakness; a change to "not sufficient" takes back any release
	 * from monitoring.
	 */
	void judge(long weaknessId, Judgement judgement, String inspectorsWords) {
		Optional<RevisitJudgement> existing = judgement(weaknessId);
		if (existing.isPresent()) {
			existing.get().update(judgement, inspectorsWords);
		}
		else {
			this.judgements.add(new RevisitJudgement(weaknessId, judgement, inspectorsWords));
		}
	}

	Optional<RevisitJudgement> judgement(long weaknessId) {
		return this.judgements.stream().filter(j -> j.getWeaknessId() == weaknessId).findFirst();
	}

	void followedBy(long planId) {
		this.nextPlanId = planId;
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	long getInspectionId() {
		return this.inspectionId;
	}

	Long getNextPlanId() {
		return this.nextPlanId;
	}

	long getVersion() {
		return this.version;
	}

	List<RevisitJudgement> getJudgements() {
		return this.judgements;
	}

	RevisitDetails details() {
		return new RevisitDetails(this.kind, this.startDate, this.endDate, this.letterDate, this.letterSummary);
	}

}
