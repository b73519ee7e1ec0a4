package org.wsoatracker.security;

/**
 * The sign-in form as the page shows it. Spring Security reads the posted fields itself.
 */
public class LoginForm {

	private String username = "";

	private String password = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
