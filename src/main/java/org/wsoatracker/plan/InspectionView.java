package org.wsoatracker.plan;

import java.util.List;

public record InspectionView(long id, long localAreaId, String localAreaName, InspectionDetails details,
		List<FindingView> findings, List<WeaknessView> weaknesses, long version) {

	public String title() {
		return this.details.framework().label() + ", " + this.localAreaName
				+ (this.details.startDate() != null ? " (" + PlanDate.ofDay(this.details.startDate()).display() + ")"
						: "");
	}

}
