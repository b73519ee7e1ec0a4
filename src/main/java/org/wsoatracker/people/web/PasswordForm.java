package org.wsoatracker.people.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The password forms, as typed: asking for a reset link (email), setting a password from a link (password), and
 * changing one's own (currentPassword and password). Passwords are never shown back.
 */
public class PasswordForm {

	@Size(max = 320, message = "Email address must be 320 characters or fewer")
	@Pattern(regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
			message = "Enter an email address in the correct format, like name@example.org")
	private String email = "";

	@Size(max = 1024, message = "Password must be 256 characters or fewer")
	private String currentPassword = "";

	@Size(max = 1024, message = "Password must be 256 characters or fewer")
	private String password = "";

	void forget() {
		this.currentPassword = "";
		this.password = "";
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email.trim();
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
