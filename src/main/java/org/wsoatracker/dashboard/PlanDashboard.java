package org.wsoatracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.wsoatracker.plan.Rag;
import org.wsoatracker.shared.text.Wording;

/**
 * Everything the Improvement Board's dashboard of one plan shows, ready to render: each part complete as a table.
 */
public record PlanDashboard(long planId, String title, String localAreaName, List<Column> periods,
		List<AreaStatus> areas, List<HeatmapRow> heatmap, List<ExceptionRow> exceptions, String latestPeriod,
		String previousPeriod, List<ChangeRow> changes, List<DateRow> deadlines, List<DateRow> endingSoon,
		int endingSoonDays, List<MeasureRow> measures, DashboardFilter filter, DashboardFilter.Choices choices) {

	/**
	 * A reporting period as a column heading: "May 20", and "May 2020" in full; whether it is one of the plan's review
	 * points.
	 */
	public record Column(long id, String shortLabel, String label, boolean open, boolean reviewPoint) {
	}

	/**
	 * Whether any period is a review point: the heatmap then shows those first, and every month on request.
	 */
	public boolean hasReviewPoints() {
		return this.periods.stream().anyMatch(Column::reviewPoint);
	}

	/**
	 * A status word with the GOV.UK tag colour that supports it.
	 */
	public record Status(String label, String colour) {

		static final Status NO_UPDATE = new Status(Wording.NO_UPDATE, "grey");

		static Status of(String label, Rag rag) {
			return label == null ? NO_UPDATE : new Status(label, rag.tagColour());
		}

	}

	/**
	 * How many of an area's actions stand at each status; percent is the share of the area's actions.
	 */
	public record AreaStatus(int number, String title, int total, List<StatusCount> counts) {

		public List<StatusCount> nonZero() {
			return this.counts.stream().filter(count -> count.count() > 0).toList();
		}

	}

	public record StatusCount(Status status, int count, int percent) {
	}

	public record HeatmapRow(long actionId, String number, String outcome, List<Status> cells) {
	}

	public record ExceptionRow(long actionId, String number, String outcome, Status status, List<String> reasons) {
	}

	public enum Direction {

		UP("Moved up"), DOWN("Moved down"), SAME("No change"), FIRST("First rating"), NOT_REPORTED(Wording.NO_UPDATE);

		private final String label;

		Direction(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public record ChangeRow(long actionId, String number, Status before, Status now, Direction direction) {
	}

	/**
	 * A date to watch: what it is, when, and, for an action, which one.
	 */
	public record DateRow(String what, LocalDate date, Long actionId, String actionNumber) {
	}

	/**
	 * A numeric measure of success: its baseline (from the plan, or the first actual reported) and target, and the
	 * actual reported in each period, judged against the straight line from baseline to target.
	 */
	public record MeasureRow(long actionId, String actionNumber, long measureId, String text, String unit,
			BigDecimal baseline, boolean baselineFromActual, BigDecimal target, String targetMonth,
			List<Actual> actuals, String position) {

		public String chartId() {
			return "measure-" + this.measureId;
		}

	}

	/**
	 * One period's actual, or none, and its position against the trajectory in {@link org.wsoatracker.progress.Trajectory}'s words.
	 */
	public record Actual(String period, BigDecimal value, String position) {

		public String text() {
			return this.value == null ? "None reported" : this.value.stripTrailingZeros().toPlainString();
		}

	}

}
