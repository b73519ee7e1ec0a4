package org.wsoatracker.people;

public record NewAccountCommand(String email, String displayName, String password, Role role) {

	@Override
	public String toString() {
		return "NewAccountCommand[email=" + this.email + ", role=" + this.role + "]";
	}

}
