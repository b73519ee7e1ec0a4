package org.wsoatracker.support;

import java.security.InvalidKeyException;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * What a person's authenticator app does, for tests: the code it shows at a moment for the key typed into it (as the
 * set-up page shows it, in groups of four), computed with the same library as the service.
 */
public final class AuthenticatorApp {

	private AuthenticatorApp() {
	}

	public static String code(String key, Instant at) throws InvalidKeyException {
		TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
		return totp.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(key.replace(" ", "")), totp.getAlgorithm()), at);
	}

}
