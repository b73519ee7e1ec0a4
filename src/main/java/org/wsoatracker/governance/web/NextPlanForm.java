package org.wsoatracker.governance.web;

import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * The title of the accelerated progress plan made from a revisit, as typed.
 */
public class NextPlanForm {

	static final int TITLE = 300;

	private String title = "";

	private String version = "";

	String toCommand(Errors errors) {
		String text = FormFields.text(errors, "title", this.title, "Enter the title of the accelerated progress plan",
				"Title", TITLE);
		return errors.hasErrors() ? null : text;
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
