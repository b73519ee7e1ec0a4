package org.wsoatracker.people;

/**
 * What a link sent by email is for.
 */
public enum TokenPurpose {

	INVITATION, PASSWORD_RESET

}
