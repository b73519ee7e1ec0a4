package org.wsoatracker.governance.web;

import java.time.LocalDate;
import java.util.Set;

import org.wsoatracker.governance.ActionArisingDetails;
import org.wsoatracker.governance.ActionArisingView;
import org.wsoatracker.governance.GovernanceLimits;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * Adding an action arising from a board meeting, or changing or closing it (with a note).
 */
public class ActionArisingForm {

	private String description = "";

	private String ownerId = "";

	private DateParts dueDate = new DateParts();

	private String status = "OPEN";

	private String closingNote = "";

	private long version;

	static ActionArisingForm of(ActionArisingView action) {
		ActionArisingForm form = new ActionArisingForm();
		form.description = action.description();
		form.ownerId = String.valueOf(action.ownerId());
		form.dueDate = DateParts.of(action.dueDate());
		form.status = action.closed() ? "CLOSED" : "OPEN";
		form.closingNote = action.closingNote() == null ? "" : action.closingNote();
		form.version = action.version();
		return form;
	}

	ActionArisingDetails validate(Errors errors, Set<String> owners) {
		Texts.required(errors, "description", this.description, "Enter the action", "Action",
				GovernanceLimits.NOTE);
		if (this.ownerId == null || !owners.contains(this.ownerId)) {
			errors.rejectValue("ownerId", "required", "Select the action's owner");
		}
		LocalDate due = Texts.requiredDate(errors, "dueDate", this.dueDate, "Due date");
		boolean closed = "CLOSED".equals(this.status);
		if (!closed && !"OPEN".equals(this.status)) {
			errors.rejectValue("status", "required", "Select whether the action is open or closed");
		}
		if (closed && (this.closingNote == null || this.closingNote.isBlank())) {
			errors.rejectValue("closingNote", "required", "Enter a note saying how the action was closed");
		}
		Texts.bounded(errors, "closingNote", this.closingNote, "Closing note", GovernanceLimits.NOTE);
		if (errors.hasErrors()) {
			return null;
		}
		return new ActionArisingDetails(this.description.trim(), Long.parseLong(this.ownerId), due, closed,
				closed ? this.closingNote.trim() : null);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(String ownerId) {
		this.ownerId = ownerId;
	}

	public DateParts getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(DateParts dueDate) {
		this.dueDate = dueDate;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getClosingNote() {
		return this.closingNote;
	}

	public void setClosingNote(String closingNote) {
		this.closingNote = closingNote;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
