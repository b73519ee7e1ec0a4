package org.wsoatracker.governance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's view of a plan's governance, for its dashboard and its board pack.
 */
@Service
@Transactional(readOnly = true)
public class BoardGovernanceService {

	private final RiskService risks;

	private final BoardMeetingService meetings;

	BoardGovernanceService(RiskService risks, BoardMeetingService meetings) {
		this.risks = risks;
		this.meetings = meetings;
	}

	public BoardGovernance forBoard(long planId) {
		return new BoardGovernance(planId, this.risks.summary(planId), this.meetings.outstanding(planId),
				this.meetings.today());
	}

}
