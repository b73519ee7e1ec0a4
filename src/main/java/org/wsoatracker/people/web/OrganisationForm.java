package org.wsoatracker.people.web;

import java.util.Arrays;

import org.wsoatracker.people.OrganisationDetails;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;

import org.springframework.validation.Errors;

/**
 * A partner organisation, as typed.
 */
public class OrganisationForm {

	private String code = "";

	private String name = "";

	private String kind;

	private String version = "";

	static OrganisationForm of(OrganisationView organisation) {
		OrganisationForm form = new OrganisationForm();
		form.code = organisation.code();
		form.name = organisation.name();
		form.kind = organisation.kind().name();
		form.version = String.valueOf(organisation.version());
		return form;
	}

	/**
	 * Checks what was typed; the details to save, or null when the form has errors.
	 */
	OrganisationDetails toCommand(Errors errors) {
		String code = Fields.required(errors, "code", this.code, "Enter the organisation's code", "Code", 20);
		String name = Fields.required(errors, "name", this.name, "Enter the organisation's name", "Name", 200);
		OrganisationKind kind = Arrays.stream(OrganisationKind.values())
			.filter(k -> k.name().equals(this.kind))
			.findFirst()
			.orElse(null);
		if (kind == null) {
			errors.rejectValue("kind", "required", "Select the kind of organisation");
		}
		return errors.hasErrors() ? null : new OrganisationDetails(code, name, kind);
	}

	long expectedVersion() {
		return Fields.version(this.version);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
