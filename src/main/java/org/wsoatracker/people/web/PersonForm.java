package org.wsoatracker.people.web;

import java.util.Arrays;
import java.util.Set;

import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.PersonView;

import org.springframework.validation.Errors;

/**
 * A person named in the local area's plans, as typed.
 */
public class PersonForm {

	private String initials = "";

	private String name = "";

	private String organisation = "";

	private String roleTitle = "";

	private String group;

	private String email = "";

	private String version = "";

	static PersonForm of(PersonView person) {
		PersonForm form = new PersonForm();
		form.initials = person.initials();
		form.name = person.name();
		form.organisation = String.valueOf(person.organisationId());
		form.roleTitle = person.roleTitle();
		form.group = person.group().name();
		form.email = person.email() == null ? "" : person.email();
		form.version = String.valueOf(person.version());
		return form;
	}

	/**
	 * Checks what was typed against the organisations the person may belong to; the details to save, or null when
	 * the form has errors.
	 */
	PersonDetails toCommand(Errors errors, Set<Long> organisationIds) {
		String initials = Fields.required(errors, "initials", this.initials, "Enter the person's initials", "Initials",
				20);
		String name = Fields.required(errors, "name", this.name, "Enter the person's name", "Name", 200);
		Long organisationId = organisationId();
		if (organisationId == null || !organisationIds.contains(organisationId)) {
			errors.rejectValue("organisation", "required", "Select the person's organisation");
		}
		String roleTitle = Fields.required(errors, "roleTitle", this.roleTitle, "Enter the person's role", "Role",
				300);
		LeaderGroup group = Arrays.stream(LeaderGroup.values())
			.filter(g -> g.name().equals(this.group))
			.findFirst()
			.orElse(null);
		if (group == null) {
			errors.rejectValue("group", "required",
					"Select whether the person is a strategic leader or an operational system leader");
		}
		String email = Fields.trim(this.email);
		if (!email.isEmpty() && (email.length() > 320 || !Fields.looksLikeEmail(email))) {
			errors.rejectValue("email", "format",
					"Enter an email address in the correct format, like name@example.org");
		}
		return errors.hasErrors() ? null
				: new PersonDetails(organisationId, initials, name, roleTitle, group, email.isEmpty() ? null : email,
						null);
	}

	long expectedVersion() {
		return Fields.version(this.version);
	}

	private Long organisationId() {
		try {
			return Long.valueOf(Fields.trim(this.organisation));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public String getInitials() {
		return this.initials;
	}

	public void setInitials(String initials) {
		this.initials = initials;
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

	public String getRoleTitle() {
		return this.roleTitle;
	}

	public void setRoleTitle(String roleTitle) {
		this.roleTitle = roleTitle;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
