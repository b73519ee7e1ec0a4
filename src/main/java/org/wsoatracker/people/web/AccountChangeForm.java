package org.wsoatracker.people.web;

import jakarta.validation.constraints.NotNull;
import org.wsoatracker.people.Role;

/**
 * A change to one account: its role, or the person in the plans it is linked to, from the version the administrator
 * saw.
 */
public class AccountChangeForm {

	@NotNull(message = "Select what the person may do")
	private Role role;

	private Long person;

	private long version;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getPerson() {
		return this.person;
	}

	public void setPerson(Long person) {
		this.person = person;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
