package org.wsoatracker.plan;

import org.wsoatracker.people.LocalAreaRecords;

import org.springframework.stereotype.Component;

/**
 * Tells the people module whether a local area has inspections, so that it refuses to delete the area (and says why)
 * rather than lose them.
 */
@Component
class InspectionRecords implements LocalAreaRecords {

	private final InspectionRepository inspections;

	InspectionRecords(InspectionRepository inspections) {
		this.inspections = inspections;
	}

	@Override
	public boolean hasInspections(long localAreaId) {
		return this.inspections.existsByLocalAreaId(localAreaId);
	}

}
