package org.wsoatracker.plan;

import java.time.LocalDate;

/**
 * The plan's submission deadline: computed from the outcome letter's publication date where the plan's kind has a
 * statutory deadline, unless the programme office has overridden it with a recorded reason.
 */
public record Deadline(LocalDate computed, Integer workingDays, LocalDate override, String overrideReason) {

	public LocalDate effective() {
		return this.override != null ? this.override : this.computed;
	}

	public boolean overridden() {
		return this.override != null;
	}

}
