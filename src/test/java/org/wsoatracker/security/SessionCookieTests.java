package org.wsoatracker.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.ServerTest;
import org.wsoatracker.support.WebClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as a browser receives it from the real server.
 */
@ServerTest
class SessionCookieTests {

	@LocalServerPort
	int port;

	@Test
	void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> response = new WebClient(this.port).post("/login",
				Map.of("username", Pages.LEAD, "password", Pages.DEMO_PASSWORD));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.doesNotContain("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/**
	 * Behind a proxy that ends HTTPS and says so (X-Forwarded-Proto from a private address, here the loopback), the
	 * session cookie is Secure and the browser is told to use HTTPS only.
	 */
	@Test
	void behindAnHttpsProxyTheCookieIsSecureAndStrictTransportSecurityIsSent() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("X-Forwarded-Proto", "https")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(form.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age="));
		assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("SESSION=")
			.contains("Secure")
			.contains("HttpOnly"));
	}

}
