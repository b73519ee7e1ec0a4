package org.wsoatracker.governance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.wsoatracker.plan.WeaknessView;

/**
 * A revisit of a plan with the judgement of each of the inspection's areas of weakness (null where none is recorded
 * yet), and the plan made from it, if any.
 */
public record RevisitView(long id, long planId, String planTitle, long inspectionId, String inspectionTitle,
		RevisitDetails details, Long nextPlanId, String nextPlanTitle, long version,
		List<WeaknessJudgement> weaknesses) {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/**
	 * "Revisit, November 2022".
	 */
	public String title() {
		return this.details.kind().label() + ", " + MONTH.format(this.details.startDate());
	}

	public List<WeaknessJudgement> notSufficient() {
		return this.weaknesses.stream().filter(w -> w.judgement() == Judgement.NOT_SUFFICIENT_PROGRESS).toList();
	}

	public boolean allJudged() {
		return this.weaknesses.stream().allMatch(w -> w.judgement() != null);
	}

	/**
	 * An area of weakness and the inspectors' judgement of it at the revisit.
	 */
	public record WeaknessJudgement(WeaknessView weakness, Judgement judgement, String inspectorsWords,
			LocalDate releasedFromMonitoring) {
	}

}
