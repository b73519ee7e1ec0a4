package org.wsoatracker.plan;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * How much the texts and numbers of an inspection and a plan may hold. The forms and the spreadsheet import refuse
 * more, with the field's name and the bound; the database's check constraints (V25__bound_text_and_numbers.sql) hold
 * the same bounds.
 */
public final class PlanLimits {

	/**
	 * An area of weakness, as the outcome letter words it and as a plan's area repeats it; a finding of the letter.
	 */
	public static final int LETTER_TEXT = 5_000;

	/**
	 * An action's outcome and action, a sub-action's and a measure of success's wording.
	 */
	public static final int ACTION_TEXT = 5_000;

	/**
	 * An action's evidence and impact.
	 */
	public static final int EVIDENCE_AND_IMPACT = 10_000;

	/**
	 * One entry of the activity since the inspection; the reason for a deadline agreed with the inspectorate.
	 */
	public static final int NOTE = 2_000;

	/**
	 * The largest a measure's baseline, target or actual value may be, either side of zero.
	 */
	public static final BigDecimal MEASURE_VALUE = new BigDecimal("1000000000");

	/**
	 * The decimal places a measure's value may have.
	 */
	public static final int MEASURE_DECIMALS = 2;

	private PlanLimits() {
	}

	/**
	 * What is wrong with a value of a measure ("Actual value", "Baseline"), if anything: too many decimal places, or
	 * out of range.
	 */
	public static Optional<String> measureValueProblem(BigDecimal value, String name) {
		if (value.stripTrailingZeros().scale() > MEASURE_DECIMALS) {
			return Optional.of(name + " must have " + MEASURE_DECIMALS + " decimal places or fewer");
		}
		if (value.abs().compareTo(MEASURE_VALUE) > 0) {
			String bound = String.format(Locale.UK, "%,d", MEASURE_VALUE.longValueExact());
			return Optional.of(name + " must be between -" + bound + " and " + bound);
		}
		return Optional.empty();
	}

}
