package org.wsoatracker.governance;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A plan's governance settings: the score above which its risks are shown to the board, and its accountable
 * officers.
 */
@Entity
class PlanGovernance {

	@Id
	private Long planId;

	private int riskThreshold;

	@ElementCollection
	@CollectionTable(name = "plan_accountable_officer", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "person_id")
	private Set<Long> accountableOfficerIds = new LinkedHashSet<>();

	@Version
	private Long version;

	protected PlanGovernance() {
	}

	PlanGovernance(long planId) {
		this.planId = planId;
		this.riskThreshold = GovernanceLimits.DEFAULT_RISK_THRESHOLD;
	}

	int getRiskThreshold() {
		return this.riskThreshold;
	}

	void setRiskThreshold(int riskThreshold) {
		this.riskThreshold = riskThreshold;
	}

	Set<Long> getAccountableOfficerIds() {
		return this.accountableOfficerIds;
	}

	void setAccountableOfficerIds(Set<Long> ids) {
		this.accountableOfficerIds.clear();
		this.accountableOfficerIds.addAll(ids);
	}

	long getVersion() {
		return this.version == null ? 0 : this.version;
	}

}
