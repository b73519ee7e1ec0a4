package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each derived flag, decided from the facts alone.
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

		assertThat(ProgressRules.flags(action, YORK, Optional.empty(), Optional.of(this.june), false, Map.of(),
				LocalDate.of(2020, 6, 10)))
			.containsExactly(Flag.AWAITING_FIRST_UPDATE);
		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(), LocalDate.of(2020, 6, 10))).isEmpty();
	}

	@Test
	void noUpdateThisPeriodOnlyAfterTheDueDate() {
		ActionView action = action("2021-06", List.of());
		Optional<UpdateView> earlier = Optional.of(update("PROGRESSING_AND_ON_TRACK", Map.of()));

		assertThat(ProgressRules.flags(action, YORK, earlier, Optional.of(this.june), false, Map.of(),
				LocalDate.of(2020, 6, 30)))
			.doesNotContain(Flag.NO_UPDATE_THIS_PERIOD);
		assertThat(ProgressRules.flags(action, YORK, earlier, Optional.of(this.june), false, Map.of(),
				LocalDate.of(2020, 7, 1)))
			.contains(Flag.NO_UPDATE_THIS_PERIOD);
		assertThat(ProgressRules.flags(action, YORK, earlier, Optional.of(this.june), true, Map.of(),
				LocalDate.of(2020, 7, 1)))
			.doesNotContain(Flag.NO_UPDATE_THIS_PERIOD);
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
		// From 50% on 1 January 2020 to 90% by 31 December 2020: about 70% is expected on 1 July 2020.
		LocalDate july = LocalDate.of(2020, 7, 1);

		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(7L, new BigDecimal("60")), july))
			.contains(Flag.RATING_AT_ODDS);
		assertThat(flags(action, "PROGRESSING_AND_ON_TRACK", Map.of(7L, new BigDecimal("75")), july))
			.doesNotContain(Flag.RATING_AT_ODDS);
		assertThat(flags(action, "PROGRESSING_BUT_DELAYED", Map.of(7L, new BigDecimal("60")), july))
			.doesNotContain(Flag.RATING_AT_ODDS);
	}

	@Test
	void trajectoryIsAStraightLineFromBaselineToTarget() {
		LocalDate start = LocalDate.of(2020, 1, 1);
		YearMonth by = YearMonth.of(2020, 12);

		assertThat(ProgressRules.isBehind(BigDecimal.ZERO, new BigDecimal("100"), start, by, new BigDecimal("49"),
				LocalDate.of(2020, 7, 2)))
			.isTrue();
		assertThat(ProgressRules.isBehind(BigDecimal.ZERO, new BigDecimal("100"), start, by, new BigDecimal("51"),
				LocalDate.of(2020, 7, 2)))
			.isFalse();
		assertThat(ProgressRules.isBehind(new BigDecimal("20"), new BigDecimal("5"), start, by, new BigDecimal("10"),
				LocalDate.of(2021, 1, 1)))
			.as("a falling target, such as waiting weeks")
			.isTrue();
	}

	private Iterable<Flag> flags(ActionView action, String status, Map<Long, BigDecimal> actuals, LocalDate today) {
		return ProgressRules.flags(action, YORK, Optional.of(update(status, actuals)), Optional.empty(), true,
				Map.of(), today);
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
