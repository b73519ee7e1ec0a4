package org.wsoatracker.governance;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

/**
 * A meeting of the Improvement Board on a plan.
 */
@Entity
class BoardMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private LocalDate heldOn;

	private Long periodId;

	private String minutesSummary;

	private String decisions;

	@ElementCollection
	@CollectionTable(name = "board_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "person_id")
	private Set<Long> attendeeIds = new LinkedHashSet<>();

	@Version
	private long version;

	protected BoardMeeting() {
	}

	BoardMeeting(long planId, BoardMeetingDetails details) {
		this.planId = planId;
		update(details);
	}

	void update(BoardMeetingDetails details) {
		this.heldOn = details.heldOn();
		this.periodId = details.periodId();
		this.minutesSummary = details.minutesSummary();
		this.decisions = details.decisions();
		this.attendeeIds.clear();
		this.attendeeIds.addAll(details.attendeeIds());
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	LocalDate getHeldOn() {
		return this.heldOn;
	}

	Long getPeriodId() {
		return this.periodId;
	}

	String getMinutesSummary() {
		return this.minutesSummary;
	}

	String getDecisions() {
		return this.decisions;
	}

	Set<Long> getAttendeeIds() {
		return this.attendeeIds;
	}

	long getVersion() {
		return this.version;
	}

}
