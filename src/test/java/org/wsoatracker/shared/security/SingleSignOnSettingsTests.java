package org.wsoatracker.shared.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * What the environment may say about single sign-on, and what the service refuses to start with.
 */
class SingleSignOnSettingsTests {

	private static final String ISSUER = "https://login.microsoftonline.com/tenant/v2.0";

	@Test
	void withoutAnIssuerSingleSignOnIsOffAndPasswordsAreTheWayIn() {
		SingleSignOnSettings settings = new SingleSignOnSettings("", "", "", "", true, false);

		assertThat(settings.enabled()).isFalse();
		assertThat(settings.passwordSignIn()).isTrue();
	}

	@Test
	void withAnIssuerAndItsClientItIsOnNamedAsGiven() {
		SingleSignOnSettings settings = new SingleSignOnSettings(ISSUER, "client", "secret", " Microsoft ", false,
				true);

		assertThat(settings.enabled()).isTrue();
		assertThat(settings.name()).isEqualTo("Microsoft");
		assertThat(settings.passwordSignIn()).isFalse();
		assertThat(settings.matchByEmail()).isTrue();
		assertThat(new SingleSignOnSettings(ISSUER, "client", "secret", "", true, false).name())
			.isEqualTo("your work account");
	}

	@Test
	void anIssuerWithoutTheClientIdAndSecretIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SingleSignOnSettings(ISSUER, "", "secret", "", true, false))
			.withMessageContaining("WSOA_SSO_CLIENT_ID");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SingleSignOnSettings(ISSUER, "client", " ", "", true, false))
			.withMessageContaining("WSOA_SSO_CLIENT_SECRET");
	}

	@Test
	void passwordSignInCannotBeTurnedOffWithoutSingleSignOn() {
		assertThatIllegalStateException().isThrownBy(() -> new SingleSignOnSettings("", "", "", "", false, false))
			.withMessageContaining("WSOA_SSO_PASSWORD_SIGN_IN");
	}

}
