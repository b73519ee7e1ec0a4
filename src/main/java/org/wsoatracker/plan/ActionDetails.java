package org.wsoatracker.plan;

import java.util.List;

public record ActionDetails(String number, String outcome, String action, PlanDate start, PlanDate end, String phase,
		List<Long> leadPersonIds, List<Long> leadOrganisationIds, List<MeasureDetails> measures,
		String evidenceAndImpact, List<SubActionDetails> subActions) {

	public ActionDetails {
		leadPersonIds = leadPersonIds == null ? List.of() : List.copyOf(leadPersonIds);
		leadOrganisationIds = leadOrganisationIds == null ? List.of() : List.copyOf(leadOrganisationIds);
		measures = measures == null ? List.of() : List.copyOf(measures);
		subActions = subActions == null ? List.of() : List.copyOf(subActions);
	}

}
