package org.wsoatracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whole plan, every node with its id. {@code archived} says what archives it (itself, its inspection or its local
 * area), or is null while it is in use.
 */
public record PlanView(long id, String title, PlanKind kind, PlanStatus status, Archived archived, long version,
		long localAreaId, String localAreaName, InspectionRef inspection, ScaleView scale, LocalDate submissionDeadline,
		Deadline deadline, Governance governance,
		List<SignOffDetails> signOffs, List<YearMonth> reviewPoints, List<ActivityDetails> activity,
		List<AreaView> areas) {

	/**
	 * The inspection the plan answers, with all its areas of weakness.
	 */
	public record InspectionRef(long id, String title, LocalDate publicationDate, List<WeaknessView> weaknesses) {
	}

	public record Governance(String boardName, String chair, String viceChair, String reportingCadence) {
	}

	public Stream<ActionView> actions() {
		return this.areas.stream().flatMap(area -> area.actions().stream());
	}

	/**
	 * The inspection's areas of weakness that none of the plan's areas answers, in their order.
	 */
	public List<WeaknessView> unansweredWeaknesses() {
		Set<Long> answered = this.areas.stream()
			.flatMap(area -> area.weaknesses().stream())
			.map(WeaknessView::id)
			.collect(Collectors.toSet());
		return this.inspection.weaknesses().stream().filter(weakness -> !answered.contains(weakness.id())).toList();
	}

}
