package org.wsoatracker.plan;

import java.util.List;

/**
 * An inspection with its findings and weaknesses, created at once.
 */
public record NewInspectionCommand(long localAreaId, InspectionDetails details, List<FindingDetails> findings,
		List<WeaknessDetails> weaknesses) {

	public record FindingDetails(String heading, FindingKind kind, String text) {
	}

	public record WeaknessDetails(int number, String text) {
	}

}
