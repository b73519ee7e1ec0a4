package org.wsoatracker.governance.web;

import org.wsoatracker.governance.GovernanceLimits;

import org.springframework.validation.Errors;

/**
 * Adding a DfE or NHS England adviser to a plan.
 */
public class AdviserForm {

	private String name = "";

	private String organisation = "";

	boolean validate(Errors errors) {
		Texts.required(errors, "name", this.name, "Enter the adviser's name", "Name", GovernanceLimits.TITLE);
		Texts.required(errors, "organisation", this.organisation, "Enter the adviser's organisation", "Organisation",
				GovernanceLimits.TITLE);
		return !errors.hasErrors();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

}
