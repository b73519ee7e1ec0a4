package org.wsoatracker.people;

import org.junit.jupiter.api.Test;
import org.wsoatracker.shared.demo.DemoMode;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key that encrypts authenticator apps' secrets: required outside demo mode and the embedded database, and the
 * only key that reads them back.
 */
class SecretEncryptionTests {

	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withUserConfiguration(DemoMode.class, SecretEncryption.class)
		.withPropertyValues("wsoa.embedded-database.enabled=false");

	@Test
	void aServiceOnItsOwnDatabaseDoesNotStartWithoutTheKey() {
		this.application.run(context -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.hasMessageStartingWith("Set WSOA_SECRET_KEY"));
		this.application.withPropertyValues("wsoa.secret-key=too short")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("at least 32 characters"));
	}

	@Test
	void aDemonstrationUsesTheDevelopmentKey() {
		this.application.withPropertyValues("wsoa.demo.enabled=true").run(context -> {
			SecretEncryption encryption = context.getBean(SecretEncryption.class);
			String encrypted = encryption.encrypt("JBSWY3DPEHPK3PXP");
			assertThat(encrypted).doesNotContain("JBSWY3DPEHPK3PXP").isNotEqualTo(encryption.encrypt("JBSWY3DPEHPK3PXP"));
			assertThat(encryption.decrypt(encrypted)).isEqualTo("JBSWY3DPEHPK3PXP");
		});
	}

	@Test
	void onlyTheKeyThatEncryptedASecretReadsItBack() {
		String[] encrypted = new String[1];
		this.application.withPropertyValues("wsoa.secret-key=the first key, long enough to be used")
			.run(context -> encrypted[0] = context.getBean(SecretEncryption.class).encrypt("JBSWY3DPEHPK3PXP"));
		this.application.withPropertyValues("wsoa.secret-key=the second key, long enough to be used")
			.run(context -> assertThatThrownBy(() -> context.getBean(SecretEncryption.class).decrypt(encrypted[0]))
				.hasMessageContaining("WSOA_SECRET_KEY is not the key it was encrypted with"));
	}

}
