package org.wsoatracker.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider on a free port, for the single sign-on tests: NAV's mock-oauth2-server, which serves
 * discovery, signing keys, the authorization endpoint and the token endpoint over HTTP and signs real ID tokens. The
 * service finds it by its issuer, as it would Microsoft Entra ID; the browser's part (following the redirects to the
 * provider and back) is played here over HTTP.
 */
public final class TestIdentityProvider {

	public static final String CLIENT_ID = "wsoa-tracker-tests";

	public static final String CLIENT_SECRET = "client-secret-for-tests";

	private static final String ISSUER_ID = "council";

	private final MockOAuth2Server server = new MockOAuth2Server();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private TestIdentityProvider() {
	}

	/**
	 * A provider, started.
	 */
	public static TestIdentityProvider start() {
		TestIdentityProvider provider = new TestIdentityProvider();
		provider.server.start();
		return provider;
	}

	public void stop() {
		this.server.shutdown();
	}

	/**
	 * The provider's issuer, as WSOA_SSO_ISSUER gives it.
	 */
	public String issuer() {
		return this.server.issuerUrl(ISSUER_ID).toString();
	}

	/**
	 * Turns single sign-on on through this provider, from a {@code @DynamicPropertySource} method, with the name on
	 * the sign-in button.
	 */
	public void turnOn(DynamicPropertyRegistry registry, String name) {
		registry.add("wsoa.sso.issuer", this::issuer);
		registry.add("wsoa.sso.client-id", () -> CLIENT_ID);
		registry.add("wsoa.sso.client-secret", () -> CLIENT_SECRET);
		registry.add("wsoa.sso.name", () -> name);
	}

	/**
	 * Who the provider signs in next: their subject and the claims of their ID token ({@code email},
	 * {@code email_verified} …).
	 */
	public void signsInNext(String subject, Map<String, Object> claims) {
		this.server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, JOSEObjectType.JWT.getType(),
				null, claims, 3600));
	}

	/**
	 * What the provider answers a browser sent to its authorization endpoint by the service, with someone signed in
	 * there: the address back to the service, with an authorization code.
	 */
	public URI authorize(String authorizationRequest) throws IOException, InterruptedException {
		if (!authorizationRequest.startsWith(issuer())) {
			throw new AssertionError("Not sent to the provider: " + authorizationRequest);
		}
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(authorizationRequest)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302) {
			throw new AssertionError("The provider answered " + response.statusCode() + ": " + response.body());
		}
		return URI.create(response.headers().firstValue("Location").orElseThrow());
	}

}
