package org.wsoatracker.progress;

import java.time.Instant;
import java.util.Set;

import org.wsoatracker.plan.Rag;

/**
 * Where an action stands: its current status (from the latest submitted update), the colour that status shows as,
 * the derived flags and when it was last updated.
 */
public record ActionProgress(long actionId, long planId, String number, String outcome, String statusCode,
		String statusLabel, Rag rag, Set<Flag> flags, Instant lastUpdated, Long openPeriodUpdateId,
		UpdateView.State openPeriodState) {
}
