package org.wsoatracker.shared.web;

/**
 * One task of a GOV.UK task list: its name, an optional hint, where it is done (null while it cannot start) and its
 * status. A status with a tag colour shows as a tag ("Not started", "In progress"); one without shows as plain text
 * ("Completed", and "Cannot start yet", in grey, for a task with no link).
 */
public record TaskListItem(String id, String title, String hint, String href, String status, String tagColour) {

	public boolean cannotStartYet() {
		return this.href == null;
	}

}
