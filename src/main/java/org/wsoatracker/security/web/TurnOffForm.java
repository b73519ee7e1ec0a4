package org.wsoatracker.security.web;

/**
 * Turning off one's authenticator app: the password, or a code from the app, as proof. Never shown back.
 */
public class TurnOffForm {

	private String passwordOrCode = "";

	public String getPasswordOrCode() {
		return this.passwordOrCode;
	}

	public void setPasswordOrCode(String passwordOrCode) {
		this.passwordOrCode = passwordOrCode;
	}

}
