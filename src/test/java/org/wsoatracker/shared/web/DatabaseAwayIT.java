package org.wsoatracker.shared.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoatracker.WsoaTrackerApplication;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.WebClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away while people are signed in, and comes back: the service answers a styled 503 page within a
 * few seconds instead of hanging or failing, readiness says DOWN, and the same sessions carry on once the database is
 * back, with no restart. Run on a real PostgreSQL of its own that the test stops and starts.
 */
class DatabaseAwayIT {

	@TempDir
	Path work;

	@Test
	void peopleGetAFastStyledAnswerWhileTheDatabaseIsAwayAndCarryOnWhenItIsBack() throws Exception {
		Path data = Files.createDirectories(this.work.resolve("data")).resolve("pg");
		EmbeddedPostgres replacement = null;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WsoaTrackerApplication.class).run(
				"--wsoa.embedded-database.data-directory=" + data, "--server.port=0", "--wsoa.demo.enabled=true",
				"--wsoa.reminders.enabled=false")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
			int databasePort = postgres.getPort();
			WebClient board = new WebClient(port).signIn(Pages.BOARD);
			WebClient probe = new WebClient(port); // as the platform's health checks ask: no session
			assertThat(board.get("/plans", "text/html").statusCode()).isEqualTo(200);
			assertThat(probe.get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);

			postgres.close();

			Instant asked = Instant.now();
			HttpResponse<String> away = board.get("/plans", "text/html");
			Duration waited = Duration.between(asked, Instant.now());
			assertThat(away.statusCode()).isEqualTo(503);
			assertThat(waited).as("time to answer while the database is away").isLessThan(Duration.ofSeconds(10));
			Document page = Jsoup.parse(away.body());
			assertThat(page.select("h1").text()).isEqualTo("Sorry, the service is unavailable");
			assertThat(page.select(".app-reference").text()).isNotBlank()
				.isEqualTo(away.headers().firstValue("X-Request-Id").orElseThrow());
			assertThat(away.headers().firstValue("Retry-After")).contains("30");
			assertThat(away.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");

			// A form sent meanwhile gets the same answer, and the sign-in page too.
			assertThat(board.post("/plans/1/periods", Map.of("month", "6")).statusCode()).isEqualTo(503);
			assertThat(new WebClient(port).get("/login", "text/html").statusCode()).isIn(200, 503);

			asked = Instant.now();
			HttpResponse<String> readiness = probe.get("/actuator/health/readiness", "application/json");
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
			assertThat(Duration.between(asked, Instant.now())).as("time for readiness to say DOWN")
				.isLessThan(Duration.ofSeconds(10));
			assertThat(probe.get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);

			replacement = EmbeddedPostgres.builder()
				.setPort(databasePort)
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				.start();

			// Back without a restart, and the board member is still signed in.
			HttpResponse<String> back = board.get("/plans", "text/html");
			for (int tries = 0; back.statusCode() != 200 && tries < 30; tries++) {
				Thread.sleep(500);
				back = board.get("/plans", "text/html");
			}
			assertThat(back.statusCode()).isEqualTo(200);
			assertThat(back.body()).contains("York written statement of action");
			assertThat(probe.get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
		}
		finally {
			if (replacement != null) {
				replacement.close();
			}
		}
	}

}
