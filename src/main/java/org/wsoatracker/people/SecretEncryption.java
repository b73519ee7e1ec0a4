package org.wsoatracker.people;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.demo.DemoMode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts the secrets the service must be able to read back (those of authenticator apps) with the service's secret
 * key, {@code WSOA_SECRET_KEY}, kept outside the database: a copy of the database alone does not give them away.
 * AES-256 in GCM mode, the key derived from the setting with PBKDF2 (Spring Security's {@link Encryptors#delux}).
 * <p>
 * The service does not start without the key, except as a demonstration or on the embedded database, where a
 * development key written in the code (so no secret) is used.
 */
@Component
class SecretEncryption {

	private static final int MIN_KEY_LENGTH = 32;

	private static final String DEVELOPMENT_KEY = "wsoa-tracker development key: public, for demonstrations only";

	private static final String SALT = HexFormat.of().formatHex("wsoa-tracker".getBytes(StandardCharsets.UTF_8));

	private static final Logger log = LoggerFactory.getLogger(SecretEncryption.class);

	private final TextEncryptor encryptor;

	SecretEncryption(@Value("${wsoa.secret-key:}") String key, DemoMode demoMode,
			ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
		this.encryptor = Encryptors.delux(chosenKey(key, demoMode.enabled(),
				embeddedDatabase.getIfAvailable() != null), SALT);
	}

	private static String chosenKey(String key, boolean demo, boolean embedded) {
		if (!key.isBlank()) {
			if (key.length() < MIN_KEY_LENGTH) {
				throw new IllegalStateException("WSOA_SECRET_KEY must be at least " + MIN_KEY_LENGTH
						+ " characters long: make one with  openssl rand -base64 32");
			}
			return key;
		}
		if (!demo && !embedded) {
			throw new IllegalStateException("Set WSOA_SECRET_KEY, the key that encrypts the secrets of authenticator"
					+ " apps in the database: make one with  openssl rand -base64 32  and keep it with the database"
					+ " passwords (see the README)");
		}
		if (!demo) {
			log.warn("WSOA_SECRET_KEY is not set: the secrets of authenticator apps are encrypted with the public"
					+ " development key. Set WSOA_SECRET_KEY before anyone sets up an authenticator app.");
		}
		return DEVELOPMENT_KEY;
	}

	String encrypt(String secret) {
		return this.encryptor.encrypt(secret);
	}

	String decrypt(String encrypted) {
		try {
			return this.encryptor.decrypt(encrypted);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			throw new IllegalStateException("An authenticator app's secret could not be decrypted: WSOA_SECRET_KEY is"
					+ " not the key it was encrypted with", ex);
		}
	}

}
