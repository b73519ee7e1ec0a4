package org.wsoatracker.governance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A plan's governance settings: the score above which its risks are shown to the board.
 */
@Entity
class PlanGovernance {

	@Id
	private Long planId;

	private int riskThreshold;

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

	long getVersion() {
		return this.version == null ? 0 : this.version;
	}

}
