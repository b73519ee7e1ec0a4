package org.wsoatracker.people;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: 6 digits, a new one every 30 seconds,
 * from a 160-bit secret shared with the app in Base32. The codes are made by the java-otp library. A code is accepted
 * from the time step before the present one to the step after it, for a phone's clock a little fast or slow.
 */
final class AuthenticatorCodes {

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	private static final long STEP_SECONDS = GENERATOR.getTimeStep().getSeconds();

	private static final int STEPS_APART = 1;

	private static final Base32 BASE32 = new Base32();

	private static final SecureRandom RANDOM = new SecureRandom();

	private AuthenticatorCodes() {
	}

	/**
	 * A new shared secret, in Base32 (32 letters and digits).
	 */
	static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return BASE32.encodeToString(secret);
	}

	/**
	 * The time step of the code, if it is the secret's code for the present step or a step next to it.
	 */
	static OptionalLong step(String secret, String code, Instant now) {
		Key key = new SecretKeySpec(BASE32.decode(secret), GENERATOR.getAlgorithm());
		byte[] typed = code.getBytes(StandardCharsets.US_ASCII);
		long present = now.getEpochSecond() / STEP_SECONDS;
		for (long step = present - STEPS_APART; step <= present + STEPS_APART; step++) {
			byte[] expected = codeAt(key, step).getBytes(StandardCharsets.US_ASCII);
			if (MessageDigest.isEqual(expected, typed)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * The key URI an app reads from the QR code: otpauth://totp/Issuer:account?secret=…&amp;issuer=Issuer.
	 */
	static String uri(String secret, String issuer, String account) {
		return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret=" + secret + "&issuer="
				+ encode(issuer) + "&algorithm=SHA1&digits=" + GENERATOR.getPasswordLength() + "&period="
				+ STEP_SECONDS;
	}

	private static String codeAt(Key key, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS),
					Locale.ROOT);
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Not a usable authenticator app secret", ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
