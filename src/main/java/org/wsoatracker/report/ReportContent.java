package org.wsoatracker.report;

import java.time.LocalDate;
import java.util.List;

import org.wsoatracker.shared.text.Wording;

/**
 * A plan as it stood at one reporting period, as a committee paper shows it: built from the plan and progress
 * records and, once published, stored exactly as it is and never built again. Every value is text or a number, ready
 * to show.
 */
public record ReportContent(Paper paper, Plan plan, Period period, Summary summary, List<Area> areas,
		List<Trend> trend, List<String> trendPeriods, List<ExceptionItem> exceptions, List<Measure> measures,
		List<Abbreviation> abbreviations) {

	/**
	 * Who the paper is for and from.
	 */
	public record Paper(String committee, String reportOf, String author) {
	}

	public record Plan(long id, String title, String kind, String localAreaName, String inspectionTitle,
			LocalDate inspectionPublished, String boardName, String chair, LocalDate deadline, String scaleName) {
	}

	/**
	 * The period reported on; asAt is the date the position is judged on.
	 */
	public record Period(long id, String label, boolean reviewPoint, LocalDate dueDate, LocalDate asAt,
			boolean closed) {
	}

	/**
	 * How many actions stand at each status, in the scale's order.
	 */
	public record Summary(int actions, int complete, int ofConcern, int notReported, List<StatusCount> counts) {
	}

	public record StatusCount(Status status, int count) {
	}

	/**
	 * A status word with the colour that supports it; never shown by colour alone.
	 */
	public record Status(String label, String colour) {

		static final Status NOT_REPORTED = new Status(Wording.NO_UPDATE, "grey");

	}

	/**
	 * An area of the plan; answers says which of the inspection's areas of weakness it answers (null in reports
	 * published before an area could answer several).
	 */
	public record Area(int number, String title, String weakness, String answers, List<StatusCount> counts,
			List<Action> actions) {
	}

	/**
	 * An action as its lead reported it for the period, with the board's decisions on that report.
	 */
	public record Action(String number, String outcome, String action, List<Lead> leads, String ends, Status status,
			String confidence, String done, String nextSteps, String state, List<Decision> decisions,
			List<String> flags) {

		public String leadsText() {
			return Lead.text(this.leads);
		}

		public String leadRolesText() {
			return Lead.rolesText(this.leads);
		}

	}

	/**
	 * A lead: a named person (initials, name, role) of an organisation, or an organisation alone.
	 */
	public record Lead(String initials, String name, String role, String organisationCode) {

		static String text(List<Lead> leads) {
			return String.join("; ", leads.stream()
				.map(lead -> lead.name() == null ? lead.organisationCode()
						: lead.name() + " (" + lead.initials() + ", " + lead.organisationCode() + ")")
				.toList());
		}

		/**
		 * The leads without their names: "Assistant Director, Education and Skills (CYC)".
		 */
		static String rolesText(List<Lead> leads) {
			return String.join("; ",
					leads.stream()
						.map(lead -> lead.role() == null || lead.role().isBlank() ? lead.organisationCode()
								: lead.role() + " (" + lead.organisationCode() + ")")
						.distinct()
						.toList());
		}

	}

	public record Decision(String outcome, String comment, String reviewer, String decidedOn) {
	}

	/**
	 * An action the committee should look at, why, and what its lead says.
	 */
	public record ExceptionItem(String number, String outcome, Status status, List<String> reasons, List<Lead> leads,
			String done, String nextSteps) {

		public String leadsText() {
			return Lead.text(this.leads);
		}

	}

	/**
	 * A row of the action × period matrix up to the period reported on.
	 */
	public record Trend(String number, List<Status> statuses) {
	}

	/**
	 * A numeric measure of success: baseline → target by the target month, the actual reported for the period and
	 * its position against the trajectory in {@code Trajectory}'s words (null in reports published before, where it
	 * could not be judged).
	 */
	public record Measure(String actionNumber, String text, String unit, String baseline, String target,
			String targetMonth, String actual, String position) {
	}

	public record Abbreviation(String term, String meaning) {
	}

}
