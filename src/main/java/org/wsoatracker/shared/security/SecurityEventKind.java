package org.wsoatracker.shared.security;

/**
 * What happened, in the security event log.
 */
public enum SecurityEventKind {

	SIGN_IN("Signed in"), SIGN_IN_FAILED("Sign-in failed"), SIGN_IN_LOCKED("Sign-in refused: too many failures"),
	SIGN_IN_PASSWORD_ACCEPTED("Password accepted: second factor asked for"),
	SIGN_IN_CODE_REFUSED("Sign-in code refused"),
	SINGLE_SIGN_ON_REFUSED("Single sign-on refused"), SINGLE_SIGN_ON_LINKED("Account linked to single sign-on"),
	SIGN_OUT("Signed out"), SESSION_ENDED("Session ended after its maximum length"),
	FIRST_ADMINISTRATOR_CREATED("First administrator created"), SETUP_CODE_REFUSED("Set-up code refused"),
	INVITATION_SENT("Invitation sent"), INVITATION_ACCEPTED("Invitation accepted"),
	PASSWORD_CHANGED("Password changed"), PASSWORD_RESET_REQUESTED("Password reset asked for"),
	PASSWORD_RESET_SENT("Password reset link sent"), PASSWORD_RESET("Password reset"),
	LINK_REFUSED("Invitation or reset link refused"), ACCOUNT_ENABLED("Account enabled"),
	ACCOUNT_DISABLED("Account disabled"), ROLE_CHANGED("Role changed"), PERSON_LINKED("Account linked to a person"),
	LOCAL_AREAS_CHANGED("Local areas changed"),
	AUTHENTICATOR_APP_SET_UP("Authenticator app set up"),
	AUTHENTICATOR_APP_TURNED_OFF("Authenticator app turned off"),
	AUTHENTICATOR_APP_RESET("Authenticator app reset by an administrator"),
	RECOVERY_CODES_MADE("Recovery codes made"), ACCESS_REFUSED("Access refused"), REPORT_PUBLISHED("Report published"),
	PUBLIC_PAGE_ON("Public page turned on"), PUBLIC_PAGE_OFF("Public page turned off"),
	EVIDENCE_DOWNLOADED("Evidence downloaded"), DEMO_DATA_REMOVED("Demo data removed"),
	EVIDENCE_VIRUS_FOUND("Evidence file refused: a virus found");

	private final String label;

	SecurityEventKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
