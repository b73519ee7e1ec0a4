package org.wsoatracker.plan.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.time.Years;

import org.springframework.validation.Errors;

/**
 * A plan's own details as typed. Review points are typed one month per line ("2020-05").
 */
public class PlanForm {

	private String inspectionId = "";

	private String title = "";

	private String kind;

	private String status;

	private String scale;

	private String boardName = "";

	private String chair = "";

	private String viceChair = "";

	private String reportingCadence = "";

	private String reviewPoints = "";

	private long version;

	static PlanForm of(PlanView plan) {
		PlanForm form = new PlanForm();
		form.inspectionId = String.valueOf(plan.inspection().id());
		form.title = plan.title();
		form.kind = plan.kind().name();
		form.status = plan.status().name();
		form.scale = plan.scale().code();
		form.boardName = nullToEmpty(plan.governance().boardName());
		form.chair = nullToEmpty(plan.governance().chair());
		form.viceChair = nullToEmpty(plan.governance().viceChair());
		form.reportingCadence = nullToEmpty(plan.governance().reportingCadence());
		form.reviewPoints = plan.reviewPoints().stream().map(YearMonth::toString).collect(Collectors.joining("\n"));
		form.version = plan.version();
		return form;
	}

	void validate(Errors errors, boolean creating) {
		if (creating && this.inspectionId.isBlank()) {
			errors.rejectValue("inspectionId", "required", "Select the inspection the plan answers");
		}
		if (this.title.isBlank()) {
			errors.rejectValue("title", "required", "Enter the plan's title");
		}
		else if (this.title.length() > 300) {
			errors.rejectValue("title", "length", "Title must be 300 characters or fewer");
		}
		if (!isOneOf(this.kind, PlanKind.values())) {
			errors.rejectValue("kind", "required", "Select the kind of plan");
		}
		if (!isOneOf(this.status, PlanStatus.values())) {
			errors.rejectValue("status", "required", "Select the plan's status");
		}
		if (this.scale == null || this.scale.isBlank()) {
			errors.rejectValue("scale", "required", "Select the progress scale the plan uses");
		}
		if (reviewPointMonths() == null) {
			errors.rejectValue("reviewPoints", "invalid", "Enter each review point on its own line as a year and month"
					+ " between " + Years.FIRST + " and " + Years.LAST + ", like 2020-05");
		}
		for (String[] field : new String[][] { { "boardName", this.boardName }, { "chair", this.chair },
				{ "viceChair", this.viceChair } }) {
			if (field[1].length() > 300) {
				errors.rejectValue(field[0], "length", "Must be 300 characters or fewer");
			}
		}
		if (this.reportingCadence.length() > 100) {
			errors.rejectValue("reportingCadence", "length", "Reporting cadence must be 100 characters or fewer");
		}
	}

	PlanDetails toDetails() {
		return new PlanDetails(PlanKind.valueOf(this.kind), this.title.trim(), PlanStatus.valueOf(this.status),
				this.scale, blankToNull(this.boardName), blankToNull(this.chair), blankToNull(this.viceChair),
				blankToNull(this.reportingCadence));
	}

	/**
	 * The review points typed, or null when a line is not a year and month in one of the service's years.
	 */
	List<YearMonth> reviewPointMonths() {
		List<YearMonth> months = new ArrayList<>();
		for (String line : this.reviewPoints.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			try {
				months.add(YearMonth.parse(line.trim()));
			}
			catch (DateTimeParseException ex) {
				return null;
			}
			if (!Years.contain(months.get(months.size() - 1))) {
				return null;
			}
		}
		return months;
	}

	private static boolean isOneOf(String value, Enum<?>[] values) {
		for (Enum<?> candidate : values) {
			if (candidate.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public String getInspectionId() {
		return this.inspectionId;
	}

	public void setInspectionId(String inspectionId) {
		this.inspectionId = inspectionId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getScale() {
		return this.scale;
	}

	public void setScale(String scale) {
		this.scale = scale;
	}

	public String getBoardName() {
		return this.boardName;
	}

	public void setBoardName(String boardName) {
		this.boardName = boardName;
	}

	public String getChair() {
		return this.chair;
	}

	public void setChair(String chair) {
		this.chair = chair;
	}

	public String getViceChair() {
		return this.viceChair;
	}

	public void setViceChair(String viceChair) {
		this.viceChair = viceChair;
	}

	public String getReportingCadence() {
		return this.reportingCadence;
	}

	public void setReportingCadence(String reportingCadence) {
		this.reportingCadence = reportingCadence;
	}

	public String getReviewPoints() {
		return this.reviewPoints;
	}

	public void setReviewPoints(String reviewPoints) {
		this.reviewPoints = reviewPoints;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
