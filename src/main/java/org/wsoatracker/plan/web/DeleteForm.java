package org.wsoatracker.plan.web;

import org.wsoatracker.shared.web.FormFields;

/**
 * The confirmation of a deletion: only the version of the inspection the person saw.
 */
public class DeleteForm {

	private String version = "";

	public DeleteForm() {
	}

	DeleteForm(long version) {
		this.version = String.valueOf(version);
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
