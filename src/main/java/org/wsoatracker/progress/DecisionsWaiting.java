package org.wsoatracker.progress;

import java.time.YearMonth;

/**
 * An open reporting period with submitted updates the board has not decided on yet, and how many.
 */
public record DecisionsWaiting(long planId, String planTitle, long periodId, YearMonth month, int updates) {

	public String periodLabel() {
		return PeriodView.label(this.month);
	}

	/**
	 * "1 update waits for the board's decision", "3 updates wait for the board's decision".
	 */
	public String text() {
		return this.updates == 1 ? "1 update waits for the board's decision"
				: this.updates + " updates wait for the board's decision";
	}

}
