package org.wsoatracker.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Secrets people are given once and send back: the set-up code, recovery codes and the tokens of emailed links. Only
 * a SHA-256 hash of each is kept.
 */
final class SecretCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * Letters and digits that cannot be taken for one another (no I, O, 0 or 1).
	 */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private SecretCodes() {
	}

	/**
	 * A new code of 16 characters (80 random bits) in groups of four: ABCD-EFGH-JKLM-NPQR.
	 */
	static String random() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A code as typed, without spaces or dashes, in capitals: what is hashed.
	 */
	static String normalise(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
