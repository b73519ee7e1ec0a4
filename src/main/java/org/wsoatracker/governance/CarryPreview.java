package org.wsoatracker.governance;

import java.util.List;

import org.wsoatracker.plan.WeaknessView;

/**
 * What an accelerated progress plan made from a revisit would hold: the plan's areas that answer the weaknesses judged
 * not sufficient, each with the open actions carried into the new plan and the finished ones left behind.
 */
public record CarryPreview(List<WeaknessView> weaknesses, List<Area> areas) {

	public record Area(int number, String title, List<Action> carried, List<Action> finished) {
	}

	/**
	 * An action and its status word ("No update yet" before its first).
	 */
	public record Action(long id, String number, String outcome, String status) {
	}

}
