package org.wsoatracker.people.web;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
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

	/**
	 * The local areas the person works in, by id: of those the administrator belongs to.
	 */
	@NotEmpty(message = "Select the local areas this person works in")
	private Set<Long> localAreas = new LinkedHashSet<>();

	private long version;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Set<Long> getLocalAreas() {
		return this.localAreas;
	}

	public void setLocalAreas(Set<Long> localAreas) {
		// A blank value binds as null: it names no local area.
		this.localAreas = new LinkedHashSet<>();
		if (localAreas != null) {
			localAreas.stream().filter(Objects::nonNull).forEach(this.localAreas::add);
		}
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
