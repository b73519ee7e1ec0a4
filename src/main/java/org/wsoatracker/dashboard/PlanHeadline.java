package org.wsoatracker.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's position at a glance, for the board's home page; exceptions counts the actions that are exceptions at the
 * plan's latest reporting period, as its dashboard, board pack and report list them.
 */
public record PlanHeadline(long planId, String title, String localAreaName, int actions,
		List<PlanDashboard.StatusCount> byRag, int exceptions, String nextDeadline, LocalDate nextDeadlineDate) {
}
