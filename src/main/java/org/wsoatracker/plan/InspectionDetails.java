package org.wsoatracker.plan;

import java.time.LocalDate;

public record InspectionDetails(InspectionFramework framework, LocalDate startDate, LocalDate endDate,
		LocalDate letterDate, LocalDate publicationDate, InspectionOutcome outcome) {
}
