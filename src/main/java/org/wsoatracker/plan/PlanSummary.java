package org.wsoatracker.plan;

import java.time.LocalDate;

/**
 * A plan as lists show it. {@code archived} says what archives it (itself, its inspection or its local area), or is
 * null while it is in use.
 */
public record PlanSummary(long id, String title, PlanKind kind, PlanStatus status, long localAreaId,
		String localAreaName, long inspectionId, LocalDate submissionDeadline, Archived archived) {
}
