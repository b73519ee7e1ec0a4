package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each derived flag, a measure's position against its trajectory and an exception's reasons, decided from the facts
 * alone.
 */
class ProgressRulesTests {

	static final ScaleView YORK = new ScaleView("YORK_SIX_STEP", "Six steps",
			List.of(new ScaleView.Step("NOT_YET_STARTED", "Not yet started", Rag.GREY, false),
					new ScaleView.Step("PROGRESSING_BUT_DELAYED", "Progressing but delayed", Rag.AMBER, false),
					new ScaleView.Step("PROGRESSING_AND_ON_TRACK", "Progressing and on track", Rag.GREEN, false),
					new ScaleView.Step("COMPLETED", "Completed", Rag.BLUE, true)));

	static final MeasureView ON_TIME = new MeasureView(7, "90% on time", new BigDecimal("50"), new BigDecimal("90"), "%",
			YearMonth.of(2020, 12));

	final PeriodView june = new PeriodView(1, 1, YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false, true, null, 0);

	@Test
	void overdueWhenTheEndHasPassedAndTheActionIsNotComplete() {
		ActionView action = action("2020-06", List.of());

		assertThat(flags(action, "PROGRESSING_BUT_DELAYED", Map.of(), LocalDate.of(2020, 7, 1))).contains(Flag.OVERDUE);
		assertThat(flags(action, "PROGRESSING_BUT_DELAYED", Map.of(), LocalDate.of(2020, 6, 30)))
			.doesNotContain(Flag.OVERDUE);
		assertThat(flags(action, "COMPLETED", Map.of(), LocalDate.of(2020, 7, 1))).doesNotContain(Flag.OVERDUE);
	}

	@Test
	void awaitingFirstUpdateUntilOneIsSubmitted() {
		ActionView action = action("2021-06", List.of());

		assertThat(ProgressRules.flags(action, YORK, List.of(), false, LocalDate.of(2020, 6, 10)))
			.containsExactly(Flag.AWAITING_FIRST_UPDATE);
		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(), LocalDate.of(2020, 6, 10))).isEmpty();
	}

	@Test
	void theUpdateForAPeriodIsMissedOnlyAfterItsDueDateOrOnceThePeriodIsClosed() {
		assertThat(ProgressRules.updateMissed(this.june, false, LocalDate.of(2020, 6, 30))).isFalse();
		assertThat(ProgressRules.updateMissed(this.june, false, LocalDate.of(2020, 7, 1))).isTrue();
		assertThat(ProgressRules.updateMissed(this.june, true, LocalDate.of(2020, 7, 1))).isFalse();
		PeriodView closedEarly = new PeriodView(1, 1, YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false, false,
				Instant.parse("2020-06-20T12:00:00Z"), 1);
		assertThat(ProgressRules.updateMissed(closedEarly, false, LocalDate.of(2020, 6, 21))).isTrue();

		ActionView action = action("2021-06", List.of());
		assertThat(ProgressRules.flags(action, YORK, List.of(update("PROGRESSING_AND_ON_TRACK", Map.of())), true,
				LocalDate.of(2020, 7, 1)))
			.containsExactly(Flag.NO_UPDATE_THIS_PERIOD);
	}

	@Test
	void onTrackAfterTheEndDateIsAtOddsWithTheFacts() {
		ActionView action = action("2020-06", List.of());

		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(), LocalDate.of(2020, 7, 2)))
			.contains(Flag.RATING_AT_ODDS, Flag.OVERDUE);
		assertThat(flags(action, "PROGRESSING_BUT_DELAYED", Map.of(), LocalDate.of(2020, 7, 2)))
			.doesNotContain(Flag.RATING_AT_ODDS);
	}

	@Test
	void onTrackWhileAMeasureIsBehindItsTrajectoryIsAtOddsWithTheFacts() {
		ActionView action = action("2021-06", List.of(ON_TIME));
		// From 50% on 1 January 2020 to 90% by 31 December 2020: about 70% is expected on 30 June 2020, the day June's
		// actual is judged on.
		LocalDate july = LocalDate.of(2020, 7, 1);

		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(7L, new BigDecimal("60")), july))
			.contains(Flag.RATING_AT_ODDS);
		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(7L, new BigDecimal("75")), july))
			.doesNotContain(Flag.RATING_AT_ODDS);
		assertThat(flags(action, "PROGRESSING_BUT_DELAYED", Map.of(7L, new BigDecimal("60")), july))
			.doesNotContain(Flag.RATING_AT_ODDS);
	}

	@Test
	void aMeasureExactlyOnItsTrajectoryIsOnTrackAndJustBelowItBehind() {
		// From 0 on 1 January 2020 to 365 by 31 December 2020 (365 days): on 1 July 2020, 182 days in, 182 is expected.
		ActionView action = action("2021-06", List.of(measure(BigDecimal.ZERO, "365", YearMonth.of(2020, 12))));
		LocalDate july = LocalDate.of(2020, 7, 1);

		assertThat(reading(action, "182", july).trajectory()).isEqualTo(Trajectory.ON_TRACK);
		assertThat(reading(action, "181.99", july).trajectory()).isEqualTo(Trajectory.BEHIND);
		assertThat(reading(action, "182", july).trajectory().label()).isEqualTo("On track");
		assertThat(reading(action, "181.99", july).trajectory().label()).isEqualTo("Behind");
	}

	@Test
	void aFallingTargetIsBehindAboveItsTrajectory() {
		// Waiting weeks from 365 on 1 January 2020 down to 0 by 31 December 2020: 183 is expected on 1 July 2020.
		ActionView action = action("2021-06", List.of(measure(new BigDecimal("365"), "0", YearMonth.of(2020, 12))));
		LocalDate july = LocalDate.of(2020, 7, 1);

		assertThat(reading(action, "183", july).trajectory()).isEqualTo(Trajectory.ON_TRACK);
		assertThat(reading(action, "183.01", july).trajectory()).isEqualTo(Trajectory.BEHIND);
	}

	@Test
	void aPeriodsActualIsJudgedOnItsDueDateOnceThatHasPassedAndOnTheDayBefore() {
		ActionView action = action("2021-06", List.of(measure(BigDecimal.ZERO, "365", YearMonth.of(2020, 12))));
		PeriodView july = new PeriodView(1, 1, YearMonth.of(2020, 7), LocalDate.of(2020, 8, 10), false, true, null, 0);

		// on the due date, 10 August, 222 days in, 222 is expected; later days expect more but do not count
		assertThat(reading(action, july, "222", LocalDate.of(2021, 3, 1)).trajectory()).isEqualTo(Trajectory.ON_TRACK);
		assertThat(reading(action, july, "221", LocalDate.of(2021, 3, 1)).trajectory()).isEqualTo(Trajectory.BEHIND);
		// while the due date is still to come, the day itself: on 20 July, 201 days in, 201 is expected
		assertThat(reading(action, july, "201", LocalDate.of(2020, 7, 20)).trajectory())
			.isEqualTo(Trajectory.ON_TRACK);
		assertThat(reading(action, july, "200", LocalDate.of(2020, 7, 20)).trajectory()).isEqualTo(Trajectory.BEHIND);
	}

	@Test
	void noTrajectoryWithoutATargetMonthOrAStartDate() {
		LocalDate july = LocalDate.of(2020, 7, 1);
		ActionView noTargetMonth = action("2021-06", List.of(measure(BigDecimal.ZERO, "365", null)));
		ActionView noStart = new ActionView(1, 1, 1, 1, "1.1", "Outcome", "Action", null, PlanDate.parse("2021-06"), null,
				List.of(), List.of(), List.of(measure(BigDecimal.ZERO, "365", YearMonth.of(2020, 12))), null, List.of(), 0);

		assertThat(reading(noTargetMonth, "1", july).trajectory()).isEqualTo(Trajectory.NOT_SET);
		assertThat(reading(noStart, "1", july).trajectory()).isEqualTo(Trajectory.NOT_SET);
		assertThat(Trajectory.NOT_SET.label()).isEqualTo("No trajectory set");
	}

	@Test
	void noActualReportedForThePeriodIsNotJudged() {
		ActionView action = action("2021-06", List.of(measure(BigDecimal.ZERO, "365", YearMonth.of(2020, 12))));
		UpdateView withoutActual = update("PROGRESSING_AND_ON_TRACK", Map.of());
		UpdateView draft = new UpdateView(2, 1, this.june, "PROGRESSING_AND_ON_TRACK", null, "done", "next",
				UpdateView.State.DRAFT, "M.S", Instant.now(), null, false, Map.of(7L, BigDecimal.ONE), List.of(),
				List.of(), 0);

		MeasureReading none = ProgressRules.reading(action, action.measures().get(0), this.june,
				List.of(withoutActual), LocalDate.of(2020, 7, 1));
		assertThat(none.actual()).isNull();
		assertThat(none.trajectory()).isEqualTo(Trajectory.NO_ACTUAL);
		assertThat(none.trajectory().label()).isEqualTo("No actual reported");
		assertThat(ProgressRules.reading(action, action.measures().get(0), this.june, List.of(draft),
				LocalDate.of(2020, 7, 1))
			.trajectory()).as("a draft's actual is not reported yet").isEqualTo(Trajectory.NO_ACTUAL);
	}

	@Test
	void withoutABaselineInThePlanTheFirstActualReportedIsTheBaseline() {
		ActionView action = action("2021-06", List.of(measure(null, "90", YearMonth.of(2020, 12))));
		PeriodView may = new PeriodView(2, 1, YearMonth.of(2020, 5), LocalDate.of(2020, 5, 31), false, false, null, 1);
		UpdateView inMay = new UpdateView(2, 1, may, "PROGRESSING_AND_ON_TRACK", null, "done", "next",
				UpdateView.State.ACCEPTED, "M.S", Instant.now(), Instant.now(), false, Map.of(7L, new BigDecimal("40")),
				List.of(), List.of(), 0);
		UpdateView inJune = update("PROGRESSING_AND_ON_TRACK", Map.of(7L, new BigDecimal("45")));

		MeasureReading june = ProgressRules.reading(action, action.measures().get(0), this.june, List.of(inJune, inMay),
				LocalDate.of(2020, 7, 1));
		assertThat(june.baseline()).isEqualByComparingTo("40");
		assertThat(june.baselineFromActual()).isTrue();
		assertThat(june.actual()).isEqualByComparingTo("45");
		MeasureReading beforeAnyActual = ProgressRules.reading(action, action.measures().get(0), may, List.of(),
				LocalDate.of(2020, 7, 1));
		assertThat(beforeAnyActual.baseline()).isNull();
		assertThat(beforeAnyActual.baselineFromActual()).isFalse();
	}

	@Test
	void anExceptionsReasonsComeInOneOrderInOneWordingAndAwaitingAFirstUpdateIsNoneOfThem() {
		UpdateView challenged = new UpdateView(1, 1, this.june, "PROGRESSING_BUT_DELAYED", null, "done", "next",
				UpdateView.State.CHALLENGED, "M.S", Instant.now(), Instant.now(), false, Map.of(), List.of(),
				List.of(new ReviewView(false, "Where is the evidence?", "Chair", Instant.now())), 1);
		ActionProgress amber = position("Progressing but delayed", Rag.AMBER,
				EnumSet.of(Flag.NO_UPDATE_THIS_PERIOD, Flag.RATING_AT_ODDS, Flag.OVERDUE));

		assertThat(ProgressRules.exceptionReasons(amber, Optional.of(challenged))).containsExactly(
				"Rated Progressing but delayed (Amber)",
				"Overdue: its end date has passed and it is not complete",
				"Rating at odds with the facts: rated on track although its end date has passed or a measure is behind its trajectory",
				"No update this period: the update for this period was due and has not been submitted",
				"The board challenged the update for June 2020: Where is the evidence?");
		assertThat(ProgressRules.exceptionReasons(position(null, null, EnumSet.of(Flag.AWAITING_FIRST_UPDATE)),
				Optional.empty()))
			.isEmpty();
		assertThat(ProgressRules.exceptionReasons(
				position(null, null, EnumSet.of(Flag.AWAITING_FIRST_UPDATE, Flag.NO_UPDATE_THIS_PERIOD)),
				Optional.empty()))
			.containsExactly("No update this period: the update for this period was due and has not been submitted");
		assertThat(ProgressRules.exceptionReasons(position("Progressing and on track", Rag.GREEN, Set.of()),
				Optional.of(update("PROGRESSING_AND_ON_TRACK", Map.of()))))
			.isEmpty();
	}

	private static ActionProgress position(String statusLabel, Rag rag, Set<Flag> flags) {
		return new ActionProgress(1, 1, "1.1", "Outcome", null, statusLabel, rag, flags, null, null, null);
	}

	private Iterable<Flag> flags(ActionView action, String status, Map<Long, BigDecimal> actuals, LocalDate day) {
		return ProgressRules.flags(action, YORK, List.of(update(status, actuals)), false, day);
	}

	private MeasureReading reading(ActionView action, String actual, LocalDate day) {
		PeriodView open = new PeriodView(1, 1, YearMonth.from(day), YearMonth.from(day).atEndOfMonth(), false, true,
				null, 0);
		return reading(action, open, actual, day);
	}

	private static MeasureReading reading(ActionView action, PeriodView period, String actual, LocalDate today) {
		UpdateView update = new UpdateView(1, 1, period, "PROGRESSING_AND_ON_TRACK", null, "done", "next",
				UpdateView.State.SUBMITTED, "M.S", Instant.now(), Instant.now(), false,
				Map.of(7L, new BigDecimal(actual)), List.of(), List.of(), 0);
		return ProgressRules.reading(action, action.measures().get(0), period, List.of(update), today);
	}

	private static MeasureView measure(BigDecimal baseline, String target, YearMonth by) {
		return new MeasureView(7, "Measure", baseline, new BigDecimal(target), "", by);
	}

	private UpdateView update(String status, Map<Long, BigDecimal> actuals) {
		return new UpdateView(1, 1, this.june, status, null, "done", "next", UpdateView.State.SUBMITTED, "M.S",
				Instant.now(), Instant.now(), false, actuals, List.of(), List.of(), 0);
	}

	private static ActionView action(String end, List<MeasureView> measures) {
		return new ActionView(1, 1, 1, 1, "1.1", "Outcome", "Action", PlanDate.parse("2020-01"), PlanDate.parse(end),
				null, List.of(), List.of(), measures, null, List.of(), 0);
	}

	@Test
	void movementIsSaidInWordsByTheOrderOfTheScale() {
		assertThat(ProgressRules.movement(YORK, "PROGRESSING_AND_ON_TRACK", "COMPLETED"))
			.isEqualTo("Up from Progressing and on track to Completed");
		assertThat(ProgressRules.movement(YORK, "COMPLETED", "PROGRESSING_BUT_DELAYED"))
			.isEqualTo("Down from Completed to Progressing but delayed");
		assertThat(ProgressRules.movement(YORK, "NOT_YET_STARTED", "NOT_YET_STARTED"))
			.isEqualTo("Same as last period: Not yet started");
		assertThat(ProgressRules.movement(YORK, null, "COMPLETED")).isEqualTo("No previous update");
	}

	@Test
	void countsOfWhatIsMissingTakeTheRightPlural() {
		assertThat(PeriodCheck.count(1, "action has no update", "actions have no update"))
			.isEqualTo("1 action has no update");
		assertThat(PeriodCheck.count(3, "action has no update", "actions have no update"))
			.isEqualTo("3 actions have no update");
		PeriodCheck.Item item = new PeriodCheck.Item(1, "1.1", "Outcome", "Maxine Squire (CYC)");
		PeriodCheck check = new PeriodCheck(null, List.of(item, item), List.of(item), List.of(), List.of(item));
		assertThat(check.sections()).extracting(PeriodCheck.Section::caption)
			.containsExactly("2 actions have no update", "1 update is still a draft",
					"1 challenged update has not been revised");
		assertThat(check.nothingMissing()).isFalse();
		assertThat(new PeriodCheck(null, List.of(), List.of(), List.of(), List.of()).nothingMissing()).isTrue();
	}

}
