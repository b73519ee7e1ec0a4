package org.wsoatracker.security;

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
			.contains("SameSite=Lax"));
	}

}
