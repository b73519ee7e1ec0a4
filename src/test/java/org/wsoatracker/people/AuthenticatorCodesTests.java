package org.wsoatracker.people;

import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticatorCodesTests {

	/**
	 * The secret of RFC 6238's SHA-1 test vectors, "12345678901234567890", in Base32.
	 */
	private static final String RFC_SECRET = new Base32()
		.encodeToString("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

	@Test
	void codesAreThoseOfRfc6238() {
		// RFC 6238 appendix B: at 59 s the 8-digit code is 94287082; at 1111111109 s it is 07081804.
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "287082", Instant.ofEpochSecond(59))).hasValue(1);
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "081804", Instant.ofEpochSecond(1111111109)))
			.hasValue(1111111109 / 30);
	}

	@Test
	void aCodeIsAcceptedOneStepEarlyOrLateButNoFurther() {
		Instant at = Instant.ofEpochSecond(1111111109);
		long step = 1111111109 / 30;
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "081804", at.minusSeconds(30))).hasValue(step);
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "081804", at.plusSeconds(30))).hasValue(step);
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "081804", at.minusSeconds(60))).isEmpty();
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "081804", at.plusSeconds(60))).isEmpty();
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "081805", at)).isEmpty();
		assertThat(AuthenticatorCodes.step(RFC_SECRET, "", at)).isEmpty();
	}

	@Test
	void aNewSecretIs160RandomBitsInBase32AndTheUriCarriesIt() {
		String secret = AuthenticatorCodes.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(AuthenticatorCodes.newSecret());
		assertThat(AuthenticatorCodes.uri(secret, "WSOA Tracker York", "pat.lead@york.example"))
			.isEqualTo("otpauth://totp/WSOA%20Tracker%20York:pat.lead%40york.example?secret=" + secret
					+ "&issuer=WSOA%20Tracker%20York&algorithm=SHA1&digits=6&period=30");
	}

}
