package org.wsoatracker.report;

import java.util.List;

/**
 * The pack for an Improvement Board meeting: the period's report built from the records as they stand, and the
 * decisions the board still has to take.
 */
public record BoardPack(long planId, long periodId, boolean periodOpen, ReportContent content,
		List<String> decisionsNeeded, String builtText) {
}
