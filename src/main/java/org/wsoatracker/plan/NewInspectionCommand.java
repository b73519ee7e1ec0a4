package org.wsoatracker.plan;

import java.util.List;

/**
 * An inspection with its findings and weaknesses, created at once.
 */
public record NewInspectionCommand(long localAreaId, InspectionDetails details, List<FindingDetails> findings,
		List<WeaknessDetails> weaknesses) {

	public record FindingDetails(String heading, FindingKind kind, String text) {
	}

	/**
	 * An area of weakness; kind is null for a 2016-framework area of significant weakness.
	 */
	public record WeaknessDetails(int number, String text, WeaknessKind kind) {

		public WeaknessDetails(int number, String text) {
			this(number, text, null);
		}

	}

}
