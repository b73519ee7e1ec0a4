package org.wsoatracker.people.web;

import org.wsoatracker.people.LocalAreaDetails;

import org.springframework.validation.Errors;

/**
 * A new local area, as typed.
 */
public class LocalAreaForm {

	private String name = "";

	private String code = "";

	/**
	 * Checks what was typed; the details to save, or null when the form has errors.
	 */
	LocalAreaDetails toCommand(Errors errors) {
		String name = Fields.required(errors, "name", this.name, "Enter the local area's name", "Name", 200);
		String code = Fields.required(errors, "code", this.code, "Enter the local area's code", "Code", 40);
		return errors.hasErrors() ? null : new LocalAreaDetails(code, name);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
