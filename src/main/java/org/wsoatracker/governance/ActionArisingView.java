package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * An action arising from a board meeting, with the meeting's date and the plan it is on.
 */
public record ActionArisingView(long id, long meetingId, long planId, LocalDate meetingDate, String description,
		long ownerId, String ownerName, LocalDate dueDate, boolean closed, String closingNote, long version) {

	public String status() {
		return this.closed ? "Closed" : "Open";
	}

	/**
	 * Whether it is still open after its due date.
	 */
	public boolean overdueOn(LocalDate today) {
		return !this.closed && this.dueDate.isBefore(today);
	}

}
