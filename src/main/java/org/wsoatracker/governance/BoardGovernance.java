package org.wsoatracker.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * What the Improvement Board sees of a plan's governance on its dashboard and in the board pack: the open risks above
 * the plan's threshold with the risk matrix, and the actions arising from its meetings still open.
 */
public record BoardGovernance(long planId, RiskSummary risks, List<ActionArisingView> outstandingActions,
		LocalDate today) {
}
