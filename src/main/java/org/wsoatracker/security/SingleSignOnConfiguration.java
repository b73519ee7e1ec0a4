package org.wsoatracker.security;

import org.wsoatracker.people.AccountService;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.security.SingleSignOnSettings;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;

/**
 * Single sign-on, only when the environment turns it on (an issuer in {@code WSOA_SSO_ISSUER}, see
 * {@link SingleSignOnSettings}): without it there is no client registration, and Spring Boot's OAuth2 client
 * configuration stays out of the way. The identity provider is the client registration "sso", made from the
 * provider's discovery document ({@code <issuer>/.well-known/openid-configuration}) when it is first needed, so that a
 * provider out of reach does not stop the service from starting (password sign-in, when on, still works).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${wsoa.sso.issuer:}'.isBlank()")
class SingleSignOnConfiguration {

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(@Value("${wsoa.sso.issuer}") String issuer,
			@Value("${wsoa.sso.client-id}") String clientId, @Value("${wsoa.sso.client-secret}") String clientSecret,
			SingleSignOnSettings settings) {
		return new SupplierClientRegistrationRepository(
				() -> new InMemoryClientRegistrationRepository(ClientRegistrations.fromIssuerLocation(issuer.strip())
					.registrationId(SingleSignOnLogin.REGISTRATION_ID)
					.clientId(clientId.strip())
					.clientSecret(clientSecret.strip())
					.clientName(settings.name())
					.scope("openid", "profile", "email")
					.build()));
	}

	@Bean
	SingleSignOnLogin singleSignOnLogin(AccountService accounts, AccountUserDetailsService users,
			SecurityLog securityLog, SingleSignOnSettings settings) {
		return new SingleSignOnLogin(new SingleSignOnUserService(accounts, users, settings), securityLog, settings);
	}

}
