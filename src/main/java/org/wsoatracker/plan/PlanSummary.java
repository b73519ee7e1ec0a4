package org.wsoatracker.plan;

import java.time.LocalDate;

public record PlanSummary(long id, String title, PlanKind kind, PlanStatus status, long localAreaId,
		String localAreaName, long inspectionId, LocalDate submissionDeadline) {
}
