package org.wsoatracker.plan.web;

import java.util.Optional;

import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.shared.web.DateParts;

/**
 * Reads a plan date from a GOV.UK date input whose day may be left empty: "3 2020" is March 2020, "27 3 2020" is
 * that day.
 */
final class PlanDates {

	private PlanDates() {
	}

	/**
	 * The date typed; empty when nothing was typed; null when what was typed is not a real date or month.
	 */
	static Optional<PlanDate> read(DateParts parts) {
		if (parts.isBlank()) {
			return Optional.empty();
		}
		if (parts.getDay() == null || parts.getDay().isBlank()) {
			return parts.toYearMonth().map(PlanDate::ofMonth).map(Optional::of).orElse(null);
		}
		return parts.toLocalDate().map(PlanDate::ofDay).map(Optional::of).orElse(null);
	}

	static DateParts parts(PlanDate date) {
		if (date == null) {
			return new DateParts();
		}
		DateParts parts = DateParts.of(date.date());
		if (date.precision() == PlanDate.Precision.MONTH) {
			parts.setDay("");
		}
		return parts;
	}

}
