package org.wsoatracker.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A measure of success as given: its id when it is one the action already has (so that the actual values reported
 * against it stay with it whatever its wording or place), or null for a new one.
 */
public record MeasureDetails(Long id, String text, BigDecimal baseline, BigDecimal target, String unit,
		YearMonth targetMonth) {

	/**
	 * A new measure.
	 */
	public MeasureDetails(String text, BigDecimal baseline, BigDecimal target, String unit, YearMonth targetMonth) {
		this(null, text, baseline, target, unit, targetMonth);
	}

}
