package org.wsoatracker.plan;

import java.util.List;

/**
 * An inspection with its findings and areas of weakness. {@code archived} says what archives it (itself or its local
 * area), or is null while it is in use.
 */
public record InspectionView(long id, long localAreaId, String localAreaName, InspectionDetails details,
		List<FindingView> findings, List<WeaknessView> weaknesses, long version, Archived archived) {

	public String title() {
		return this.details.framework().label() + ", " + this.localAreaName
				+ (this.details.startDate() != null ? " (" + PlanDate.ofDay(this.details.startDate()).display() + ")"
						: "");
	}

}
