package org.wsoatracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.wsoatracker.shared.time.Years;

/**
 * A whole plan, every node with its id. {@code archived} says what archives it (itself, its inspection or its local
 * area), or is null while it is in use.
 */
public record PlanView(long id, String title, PlanKind kind, PlanStatus status, Archived archived, long version,
		long localAreaId, String localAreaName, InspectionRef inspection, ScaleView scale, LocalDate submissionDeadline,
		Deadline deadline, Governance governance,
		List<SignOffDetails> signOffs, List<YearMonth> reviewPoints, List<ActivityDetails> activity,
		List<AreaView> areas) {

	/**
	 * The inspection the plan answers, with all its areas of weakness.
	 */
	public record InspectionRef(long id, String title, LocalDate publicationDate, List<WeaknessView> weaknesses) {
	}

	public record Governance(String boardName, String chair, String viceChair, String reportingCadence) {
	}

	/**
	 * The years from {@code first} to {@code last}, both included.
	 */
	public record YearSpan(int first, int last) {

		public boolean contains(YearMonth month) {
			return month.getYear() >= this.first && month.getYear() <= this.last;
		}

	}

	public Stream<ActionView> actions() {
		return this.areas.stream().flatMap(area -> area.actions().stream());
	}

	/**
	 * The years the plan runs, for what is reported on it: from the year of its earliest date (its inspection's
	 * publication, an action's or sub-action's start or end, a measure's target month, a review point) to the year
	 * after its latest, for what comes after the last action; the service's {@link Years} while the plan has no date,
	 * and never beyond them.
	 */
	public YearSpan years() {
		IntSummaryStatistics years = Stream
			.of(Stream.ofNullable(this.inspection.publicationDate()),
					this.reviewPoints.stream().map(month -> month.atDay(1)),
					actions().flatMap(action -> Stream.of(action.start(), action.end())).filter(Objects::nonNull)
						.map(PlanDate::date),
					actions().flatMap(action -> action.subActions().stream())
						.flatMap(subAction -> Stream.of(subAction.start(), subAction.end()))
						.filter(Objects::nonNull)
						.map(PlanDate::date),
					actions().flatMap(action -> action.measures().stream())
						.map(MeasureView::targetMonth)
						.filter(Objects::nonNull)
						.map(month -> month.atDay(1)))
			.flatMap(Function.identity())
			.mapToInt(LocalDate::getYear)
			.summaryStatistics();
		if (years.getCount() == 0) {
			return new YearSpan(Years.FIRST, Years.LAST);
		}
		return new YearSpan(Math.max(Years.FIRST, years.getMin()), Math.min(Years.LAST, years.getMax() + 1));
	}

	/**
	 * The inspection's areas of weakness that none of the plan's areas answers, in their order.
	 */
	public List<WeaknessView> unansweredWeaknesses() {
		Set<Long> answered = this.areas.stream()
			.flatMap(area -> area.weaknesses().stream())
			.map(WeaknessView::id)
			.collect(Collectors.toSet());
		return this.inspection.weaknesses().stream().filter(weakness -> !answered.contains(weakness.id())).toList();
	}

}
