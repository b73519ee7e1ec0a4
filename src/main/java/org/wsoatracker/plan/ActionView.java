package org.wsoatracker.plan;

import java.util.List;

public record ActionView(long id, long planId, long areaId, int areaNumber, String number, String outcome,
		String action, PlanDate start, PlanDate end, String phase, List<LeadView> leads,
		List<LeadOrganisationView> leadOrganisations, List<MeasureView> measures, String evidenceAndImpact,
		List<SubActionView> subActions, long version, Long carriedFromId) {

	/**
	 * An action that carries on no action of an earlier plan.
	 */
	public ActionView(long id, long planId, long areaId, int areaNumber, String number, String outcome, String action,
			PlanDate start, PlanDate end, String phase, List<LeadView> leads,
			List<LeadOrganisationView> leadOrganisations, List<MeasureView> measures, String evidenceAndImpact,
			List<SubActionView> subActions, long version) {
		this(id, planId, areaId, areaNumber, number, outcome, action, start, end, phase, leads, leadOrganisations,
				measures, evidenceAndImpact, subActions, version, null);
	}

	/**
	 * The leads as a plan writes them: "M.S (CYC), K.McN (CCG)".
	 */
	public String leadsText() {
		return java.util.stream.Stream
			.concat(this.leads.stream().map(lead -> lead.initials() + " (" + lead.organisationCode() + ")"),
					this.leadOrganisations.stream().map(LeadOrganisationView::code))
			.reduce((a, b) -> a + ", " + b)
			.orElse("");
	}

}
