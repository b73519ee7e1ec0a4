package org.wsoatracker.governance;

import java.util.List;

/**
 * The oversight of a plan: its DfE and NHS England review meetings (the latest first), its accountable officers (by
 * name, with their ids) and its advisers.
 */
public record Oversight(long planId, List<ReviewView> reviews, List<Long> accountableOfficerIds,
		List<String> accountableOfficers, List<AdviserView> advisers) {
}
