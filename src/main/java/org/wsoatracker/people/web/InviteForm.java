package org.wsoatracker.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.wsoatracker.people.InviteCommand;
import org.wsoatracker.people.Role;

/**
 * Someone to invite, as typed.
 */
public class InviteForm {

	@NotBlank(message = "Enter the person's full name")
	@Size(max = 200, message = "Full name must be 200 characters or fewer")
	private String name = "";

	@NotBlank(message = "Enter the person's work email address")
	@Size(max = 320, message = "Email address must be 320 characters or fewer")
	@Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
			message = "Enter an email address in the correct format, like name@example.org")
	private String email = "";

	@NotNull(message = "Select what the person may do")
	private Role role;

	/**
	 * The local areas the person works in, by id: of those the administrator belongs to.
	 */
	@NotEmpty(message = "Select the local areas this person works in")
	private Set<Long> localAreas = new LinkedHashSet<>();

	/**
	 * The person in the plans, by id; empty for no one.
	 */
	private Long person;

	InviteCommand toCommand() {
		return new InviteCommand(this.email, this.name.trim(), this.role, Set.copyOf(this.localAreas), this.person);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.trim();
	}

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

}
