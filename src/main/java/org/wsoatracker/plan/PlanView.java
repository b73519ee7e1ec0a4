package org.wsoatracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
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

	public record InspectionRef(long id, String title, LocalDate publicationDate) {
	}

	public record Governance(String boardName, String chair, String viceChair, String reportingCadence) {
	}

	public Stream<ActionView> actions() {
		return this.areas.stream().flatMap(area -> area.actions().stream());
	}

}
