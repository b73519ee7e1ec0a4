package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;

/**
 * The rules that derive an action's flags from the facts. Pure functions of their arguments, so they can be checked
 * one by one.
 */
public final class ProgressRules {

	private ProgressRules() {
	}

	/**
	 * @param action the action as the plan states it
	 * @param scale the plan's progress scale
	 * @param latest the latest submitted update, if any
	 * @param openPeriod the period leads are reporting on now, if any
	 * @param submittedThisPeriod whether an update has been submitted for that period
	 * @param firstActuals the first value reported for each measure (the baseline where the plan gives none)
	 * @param today the date to judge on
	 */
	public static Set<Flag> flags(ActionView action, ScaleView scale, Optional<UpdateView> latest,
			Optional<PeriodView> openPeriod, boolean submittedThisPeriod,
			java.util.Map<Long, BigDecimal> firstActuals, LocalDate today) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		Optional<ScaleView.Step> step = latest.flatMap(update -> step(scale, update.statusCode()));
		boolean complete = step.map(ScaleView.Step::complete).orElse(false);
		boolean pastEnd = action.end() != null && today.isAfter(action.end().lastDay());
		if (pastEnd && !complete) {
			flags.add(Flag.OVERDUE);
		}
		if (latest.isEmpty()) {
			flags.add(Flag.AWAITING_FIRST_UPDATE);
		}
		if (openPeriod.isPresent() && today.isAfter(openPeriod.get().dueDate()) && !submittedThisPeriod) {
			flags.add(Flag.NO_UPDATE_THIS_PERIOD);
		}
		boolean onTrack = step.map(s -> !s.complete() && s.rag() == Rag.GREEN).orElse(false);
		if (onTrack && (pastEnd || anyMeasureBehind(action.measures(), latest.get(), action, firstActuals, today))) {
			flags.add(Flag.RATING_AT_ODDS);
		}
		return flags;
	}

	static boolean anyMeasureBehind(List<MeasureView> measures, UpdateView update, ActionView action,
			java.util.Map<Long, BigDecimal> firstActuals, LocalDate today) {
		return measures.stream().anyMatch(measure -> {
			BigDecimal actual = update.actuals().get(measure.id());
			BigDecimal baseline = measure.baseline() != null ? measure.baseline() : firstActuals.get(measure.id());
			if (actual == null || baseline == null || measure.target() == null || measure.targetMonth() == null
					|| action.start() == null) {
				return false;
			}
			return isBehind(baseline, measure.target(), action.start().date(), measure.targetMonth(), actual, today);
		});
	}

	/**
	 * Whether the actual value is behind the straight line from the baseline (at the start) to the target (at the
	 * end of the target month).
	 */
	public static boolean isBehind(BigDecimal baseline, BigDecimal target, LocalDate start, YearMonth targetMonth,
			BigDecimal actual, LocalDate today) {
		LocalDate end = targetMonth.atEndOfMonth();
		BigDecimal expected;
		if (!today.isAfter(start)) {
			expected = baseline;
		}
		else if (!today.isBefore(end) || !end.isAfter(start)) {
			expected = target;
		}
		else {
			BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, today));
			BigDecimal total = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end));
			expected = baseline.add(target.subtract(baseline).multiply(elapsed).divide(total, MathContext.DECIMAL64));
		}
		boolean rising = target.compareTo(baseline) >= 0;
		return rising ? actual.compareTo(expected) < 0 : actual.compareTo(expected) > 0;
	}

	/**
	 * How an action's status moved from its previous update to this one, in words, by the order of the plan's scale:
	 * "Up from Progressing to Completed", "Down from Embedded to Progressing", "Same as last period: Progressing", or
	 * "No previous update".
	 */
	public static String movement(ScaleView scale, String previousCode, String currentCode) {
		Optional<ScaleView.Step> previous = previousCode == null ? Optional.empty() : step(scale, previousCode);
		Optional<ScaleView.Step> current = step(scale, currentCode);
		if (previous.isEmpty() || current.isEmpty()) {
			return "No previous update";
		}
		int from = scale.steps().indexOf(previous.get());
		int to = scale.steps().indexOf(current.get());
		if (from == to) {
			return "Same as last period: " + current.get().label();
		}
		return (to > from ? "Up from " : "Down from ") + previous.get().label() + " to " + current.get().label();
	}

	public static Optional<ScaleView.Step> step(ScaleView scale, String code) {
		return scale.steps().stream().filter(step -> step.code().equals(code)).findFirst();
	}

}
