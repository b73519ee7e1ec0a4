package org.wsoatracker.shared;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.ServerTest;
import org.wsoatracker.support.WebClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators read the service's metrics in Prometheus's format, with the scraper's password only: not signed out, not
 * with a wrong password, not with an administrator's session.
 */
@ServerTest
class MetricsTests {

	@LocalServerPort
	int port;

	@Test
	void theScraperReadsTheServicesMetrics() throws Exception {
		WebClient admin = new WebClient(this.port).signIn(Pages.ADMIN);
		admin.get("/plans", "text/html");

		HttpResponse<String> metrics = scrape("metrics", ServerTest.METRICS_PASSWORD);

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("wsoa_sign_ins_total{application=\"wsoa-tracker\",outcome=\"success\"}",
				"hikaricp_connections_active", "http_server_requests_seconds_count", "jvm_memory_used_bytes");
		assertThat(metrics.headers().firstValue("Set-Cookie")).as("no session for the scraper").isEmpty();
	}

	@Test
	void nobodyElseReadsThem() throws Exception {
		assertThat(scrape(null, null).statusCode()).isEqualTo(401);
		assertThat(scrape("metrics", "not the password").statusCode()).isEqualTo(401);
		assertThat(scrape(Pages.ADMIN, Pages.DEMO_PASSWORD).statusCode()).as("an account of the service").isEqualTo(401);
		assertThat(new WebClient(this.port).signIn(Pages.ADMIN).get("/actuator/prometheus", "text/plain").statusCode())
			.as("an administrator's session")
			.isEqualTo(401);
	}

	private HttpResponse<String> scrape(String user, String password) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/prometheus"));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
