package org.wsoatracker.progress;

import java.util.List;

import org.wsoatracker.plan.Rag;

/**
 * A plan's progress: each action's current position, and the action × period matrix of statuses.
 */
public record PlanProgress(long planId, List<PeriodView> periods, List<ActionProgress> actions, List<Row> matrix) {

	public record Row(long actionId, String number, List<Cell> cells) {
	}

	/**
	 * One action's status in one period; statusCode is null where nothing was submitted.
	 */
	public record Cell(long periodId, String month, String statusCode, String statusLabel, Rag rag,
			UpdateView.State state) {
	}

}
