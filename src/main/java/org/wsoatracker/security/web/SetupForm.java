package org.wsoatracker.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The first administrator, as typed on the set-up page.
 */
public class SetupForm {

	@NotBlank(message = "Enter the set-up code")
	@Size(max = 100, message = "Set-up code must be 100 characters or fewer")
	private String code = "";

	@NotBlank(message = "Enter your full name")
	@Size(max = 200, message = "Full name must be 200 characters or fewer")
	private String name = "";

	@NotBlank(message = "Enter your work email address")
	@Size(max = 320, message = "Email address must be 320 characters or fewer")
	@Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
			message = "Enter an email address in the correct format, like name@example.org")
	private String email = "";

	@NotEmpty(message = "Enter a password")
	@Size(max = 1024, message = "Password must be 256 characters or fewer")
	private String password = "";

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

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.trim();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
