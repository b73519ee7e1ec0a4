package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;

/**
 * The rules that derive an action's flags, its reasons to be an exception and its measures' positions against their
 * trajectories from the facts. Pure functions of their arguments, so they can be checked one by one; nothing else
 * works these out.
 */
public final class ProgressRules {

	private ProgressRules() {
	}

	/**
	 * @param action the action as the plan states it
	 * @param scale the plan's progress scale
	 * @param submitted the action's submitted updates up to the period judged, oldest first
	 * @param updateMissed whether the update for the period judged is missing ({@link #updateMissed})
	 * @param day the day the position is judged on
	 */
	public static Set<Flag> flags(ActionView action, ScaleView scale, List<UpdateView> submitted, boolean updateMissed,
			LocalDate day) {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		Optional<UpdateView> latest = submitted.isEmpty() ? Optional.empty()
				: Optional.of(submitted.get(submitted.size() - 1));
		Optional<ScaleView.Step> step = latest.flatMap(update -> step(scale, update.statusCode()));
		boolean complete = step.map(ScaleView.Step::complete).orElse(false);
		boolean pastEnd = action.end() != null && day.isAfter(action.end().lastDay());
		if (pastEnd && !complete) {
			flags.add(Flag.OVERDUE);
		}
		if (latest.isEmpty()) {
			flags.add(Flag.AWAITING_FIRST_UPDATE);
		}
		if (updateMissed) {
			flags.add(Flag.NO_UPDATE_THIS_PERIOD);
		}
		boolean onTrack = step.map(s -> !s.complete() && s.rag() == Rag.GREEN).orElse(false);
		if (onTrack && (pastEnd || action.measures()
			.stream()
			.anyMatch(measure -> reading(action, measure, latest.get().period(), submitted, day)
				.trajectory() == Trajectory.BEHIND))) {
			flags.add(Flag.RATING_AT_ODDS);
		}
		return flags;
	}

	/**
	 * Whether the update for the period is missing: none has been submitted, and the period is closed or its due date
	 * has passed.
	 * @param today the real day, not the day a position is judged on: a late update, once submitted, counts
	 */
	public static boolean updateMissed(PeriodView period, boolean submitted, LocalDate today) {
		return !submitted && (!period.open() || today.isAfter(period.dueDate()));
	}

	/**
	 * The action's reasons to be an exception in the period, in {@link ActionException}'s order and words.
	 * @param position where the action stands as at the period ({@link ProgressService#progressAt})
	 * @param inPeriod its update for the period, if one has been started
	 */
	static List<String> exceptionReasons(ActionProgress position, Optional<UpdateView> inPeriod) {
		List<String> reasons = new ArrayList<>();
		if (position.rag() != null && position.rag().ofConcern()) {
			reasons.add("Rated " + position.statusLabel() + " (" + position.rag().label() + ")");
		}
		position.flags()
			.stream()
			.sorted()
			.filter(flag -> flag != Flag.AWAITING_FIRST_UPDATE)
			.forEach(flag -> reasons.add(flag.reason()));
		inPeriod.filter(update -> update.state() == UpdateView.State.CHALLENGED)
			.ifPresent(update -> reasons.add("The board challenged the update for " + update.period().label()
					+ update.reviews()
						.stream()
						.filter(review -> !review.accepted())
						.reduce((earlier, later) -> later)
						.map(ReviewView::comment)
						.filter(Objects::nonNull)
						.map(comment -> ": " + comment)
						.orElse("")));
		return reasons;
	}

	/**
	 * The measure as it stood in the period: its baseline (the plan's, or else the first actual reported in a
	 * submitted update up to the period), the actual the period's submitted update reported, and where that actual
	 * stands against the trajectory on the period's day ({@link PeriodView#judgedOn}). An actual exactly on the
	 * trajectory is on track.
	 * @param updates the action's updates, in any order (drafts and later periods' are left out here)
	 * @param today the day to judge on while the period's due date is still to come
	 */
	public static MeasureReading reading(ActionView action, MeasureView measure, PeriodView period,
			List<UpdateView> updates, LocalDate today) {
		List<UpdateView> reported = updates.stream()
			.filter(update -> update.submitted() && !update.period().month().isAfter(period.month()))
			.sorted(Comparator.comparing((UpdateView update) -> update.period().month()))
			.toList();
		BigDecimal firstActual = reported.stream()
			.map(update -> update.actuals().get(measure.id()))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		BigDecimal baseline = measure.baseline() != null ? measure.baseline() : firstActual;
		BigDecimal actual = reported.stream()
			.filter(update -> update.period().id() == period.id())
			.findFirst()
			.map(update -> update.actuals().get(measure.id()))
			.orElse(null);
		Trajectory trajectory;
		if (actual == null) {
			trajectory = Trajectory.NO_ACTUAL;
		}
		// with an actual, the baseline is known: this actual, if no other came first
		else if (measure.target() == null || measure.targetMonth() == null || action.start() == null) {
			trajectory = Trajectory.NOT_SET;
		}
		else {
			trajectory = isBehind(baseline, measure.target(), action.start().date(), measure.targetMonth(), actual,
					period.judgedOn(today)) ? Trajectory.BEHIND : Trajectory.ON_TRACK;
		}
		return new MeasureReading(baseline, measure.baseline() == null && baseline != null, actual, trajectory);
	}

	/**
	 * Whether the actual value is behind the straight line from the baseline (at the start) to the target (at the
	 * end of the target month) on the day: below it for a rising target, above it for a falling one.
	 */
	private static boolean isBehind(BigDecimal baseline, BigDecimal target, LocalDate start, YearMonth targetMonth,
			BigDecimal actual, LocalDate day) {
		LocalDate end = targetMonth.atEndOfMonth();
		BigDecimal expected;
		if (!day.isAfter(start)) {
			expected = baseline;
		}
		else if (!day.isBefore(end) || !end.isAfter(start)) {
			expected = target;
		}
		else {
			BigDecimal elapsed = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, day));
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
