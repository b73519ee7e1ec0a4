package org.wsoatracker.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.wsoatracker.governance.BoardMeetingDetails;
import org.wsoatracker.governance.BoardMeetingView;
import org.wsoatracker.governance.GovernanceLimits;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * Recording a board meeting, or changing what was recorded.
 */
public class BoardMeetingForm {

	private DateParts heldOn = new DateParts();

	private List<String> attendeeIds = new ArrayList<>();

	private String periodId = "";

	private String minutesSummary = "";

	private String decisions = "";

	private long version;

	static BoardMeetingForm of(BoardMeetingView meeting) {
		BoardMeetingForm form = new BoardMeetingForm();
		form.heldOn = DateParts.of(meeting.heldOn());
		form.attendeeIds = new ArrayList<>(meeting.attendeeIds().stream().map(String::valueOf).toList());
		form.periodId = meeting.periodId() == null ? "" : String.valueOf(meeting.periodId());
		form.minutesSummary = meeting.minutesSummary();
		form.decisions = meeting.decisions();
		form.version = meeting.version();
		return form;
	}

	/**
	 * The meeting's details, or null with the errors. {@code people} and {@code periods} are the ids that may be
	 * chosen.
	 */
	BoardMeetingDetails validate(Errors errors, Set<String> people, Set<String> periods) {
		LocalDate date = Texts.requiredDate(errors, "heldOn", this.heldOn, "Date of the meeting");
		if (this.attendeeIds == null || this.attendeeIds.isEmpty()) {
			errors.rejectValue("attendeeIds", "required", "Select who attended");
		}
		else if (!people.containsAll(this.attendeeIds)) {
			errors.rejectValue("attendeeIds", "invalid", "Select who attended from the people listed");
		}
		String period = Texts.trimmed(this.periodId);
		if (!period.isEmpty() && !periods.contains(period)) {
			errors.rejectValue("periodId", "invalid", "Select a reporting period of this plan");
		}
		Texts.required(errors, "minutesSummary", this.minutesSummary, "Enter a summary of the minutes",
				"Summary of the minutes", GovernanceLimits.TEXT);
		Texts.bounded(errors, "decisions", this.decisions, "Decisions", GovernanceLimits.TEXT);
		if (errors.hasErrors()) {
			return null;
		}
		Set<Long> attendees = new LinkedHashSet<>();
		this.attendeeIds.forEach(id -> attendees.add(Long.parseLong(id)));
		return new BoardMeetingDetails(date, attendees, period.isEmpty() ? null : Long.parseLong(period),
				this.minutesSummary.trim(), Texts.trimmed(this.decisions));
	}

	public DateParts getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(DateParts heldOn) {
		this.heldOn = heldOn;
	}

	public List<String> getAttendeeIds() {
		return this.attendeeIds;
	}

	public void setAttendeeIds(List<String> attendeeIds) {
		this.attendeeIds = attendeeIds;
	}

	public String getPeriodId() {
		return this.periodId;
	}

	public void setPeriodId(String periodId) {
		this.periodId = periodId;
	}

	public String getMinutesSummary() {
		return this.minutesSummary;
	}

	public void setMinutesSummary(String minutesSummary) {
		this.minutesSummary = minutesSummary;
	}

	public String getDecisions() {
		return this.decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
