package org.wsoatracker.progress;

import java.math.BigDecimal;

/**
 * A numeric measure of success as it stood in one reporting period ({@link ProgressRules#reading}): its baseline (the
 * plan's, or else the first actual reported up to the period), the actual reported for the period, if any, and where
 * that actual stands against the trajectory.
 */
public record MeasureReading(BigDecimal baseline, boolean baselineFromActual, BigDecimal actual,
		Trajectory trajectory) {
}
