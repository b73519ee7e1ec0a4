package org.wsoatracker.people;

/**
 * What a person needs to set up an authenticator app: the key URI its QR code carries, and the secret key itself for
 * typing into the app, in groups of four characters.
 */
public record AuthenticatorSetUp(String uri, String key) {

	@Override
	public String toString() {
		return "AuthenticatorSetUp[…]";
	}

}
