package org.wsoatracker.governance;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * An action arising from a board meeting: who does what by when; closed with a note saying how it ended.
 */
@Entity
class ActionArising {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long meetingId;

	private String description;

	private long ownerId;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private RiskStatus status;

	private String closingNote;

	@Version
	private long version;

	protected ActionArising() {
	}

	ActionArising(long meetingId, ActionArisingDetails details) {
		this.meetingId = meetingId;
		update(details);
	}

	void update(ActionArisingDetails details) {
		this.description = details.description();
		this.ownerId = details.ownerId();
		this.dueDate = details.dueDate();
		this.status = details.closed() ? RiskStatus.CLOSED : RiskStatus.OPEN;
		this.closingNote = details.closed() ? details.closingNote() : null;
	}

	ActionArisingView toView(long planId, LocalDate meetingDate, String ownerName) {
		return new ActionArisingView(this.id, this.meetingId, planId, meetingDate, this.description, this.ownerId,
				ownerName, this.dueDate, this.status == RiskStatus.CLOSED, this.closingNote, this.version);
	}

	Long getId() {
		return this.id;
	}

	long getMeetingId() {
		return this.meetingId;
	}

	long getOwnerId() {
		return this.ownerId;
	}

	long getVersion() {
		return this.version;
	}

}
