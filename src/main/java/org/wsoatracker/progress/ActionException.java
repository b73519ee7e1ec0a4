package org.wsoatracker.progress;

import java.util.List;

import org.wsoatracker.plan.Rag;

/**
 * An action the board must look at in a reporting period, and why ({@link ProgressService#exceptions}): the one list
 * the dashboard, its headline count, the board pack and the published report all show. The status is the action's
 * latest rating up to the period (null before its first update); the reasons are in this order:
 * <ol>
 * <li>rated red or amber: "Rated Progressing but delayed (Amber)";</li>
 * <li>each of its flags as the period stands, in {@link Flag}'s order — overdue, rating at odds with the facts
 * (which covers a measure behind its trajectory), no update this period (once it was due, whether or not the action
 * has ever had one) — in {@link Flag#reason()}'s words;</li>
 * <li>the board challenged this period's update: "The board challenged the update for June 2020: its comment".</li>
 * </ol>
 */
public record ActionException(long actionId, String number, String outcome, String statusLabel, Rag rag,
		List<String> reasons) {
}
