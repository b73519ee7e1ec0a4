package org.wsoatracker.shared.web;

import java.net.http.HttpResponse;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.ServerTest;
import org.wsoatracker.support.WebClient;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors are shown on styled pages that say nothing of the code, the exception or the SQL behind them. Runs against
 * the real server, where the servlet container forwards to the error page.
 */
@ServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void unknownAddressShowsPageNotFound() throws Exception {
		HttpResponse<String> response = client(Pages.LEAD).get("/no-such-page", "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Page not found – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("Page not found");
		assertThat(response.body()).doesNotContain("static resource");
	}

	@Test
	void roleWithoutAccessIsRefusedWithAStyledPage() throws Exception {
		assertThat(client(Pages.ADMIN).get("/test/admin-only", "text/html").statusCode()).isEqualTo(200);

		HttpResponse<String> response = client(Pages.LEAD).get("/test/admin-only", "text/html");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").eachText()).containsExactly("You cannot see this page");
	}

	@Test
	void failureShowsNoExceptionTextStackTraceOrSql() throws Exception {
		HttpResponse<String> response = client(Pages.BOARD).get("/test/boom", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(Jsoup.parse(response.body()).select("h1").eachText())
			.containsExactly("Sorry, there is a problem with the service");
		assertThat(response.body()).doesNotContain("password_hash")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at org.")
			.doesNotContain("select ");
	}

	@Test
	void everyFailureHasAReferenceOnItsPageInItsHeaderAndInItsLog() throws Exception {
		Logger filterLog = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		filterLog.addAppender(logged);
		try {
			HttpResponse<String> response = client(Pages.BOARD).get("/test/boom", "text/html");

			String id = response.headers().firstValue("X-Request-Id").orElseThrow();
			assertThat(id).matches("[0-9a-f-]{36}");
			assertThat(Jsoup.parse(response.body()).select(".app-reference").text()).isEqualTo(id);
			// The servlet container's line of the failure, with its exception, carries the id.
			assertThat(logged.list).anySatisfy(event -> {
				assertThat(event.getMDCPropertyMap()).containsEntry(RequestIdFilter.KEY, id);
				assertThat(event.getThrowableProxy()).isNotNull();
				assertThat(event.getThrowableProxy().getMessage()).contains("select password_hash");
			});
		}
		finally {
			filterLog.detachAppender(logged);
		}

		HttpResponse<String> notFound = client(Pages.LEAD).get("/no-such-page", "text/html");
		assertThat(Jsoup.parse(notFound.body()).select(".app-reference").text())
			.isEqualTo(notFound.headers().firstValue("X-Request-Id").orElseThrow());
	}

	@Test
	void theProxysRequestIdIsKeptWhenSensibleAndReplacedOtherwise() throws Exception {
		java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
		java.net.URI page = java.net.URI.create("http://localhost:" + this.port + "/login");
		HttpResponse<String> given = http.send(java.net.http.HttpRequest.newBuilder(page)
			.header("X-Request-Id", "proxy-7f3a9c21")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(given.headers().firstValue("X-Request-Id")).contains("proxy-7f3a9c21");

		HttpResponse<String> hostile = http.send(java.net.http.HttpRequest.newBuilder(page)
			.header("X-Request-Id", "<script>alert(1)</script>")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(hostile.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
	}

	@Test
	void jsonClientsGetNoExceptionTextEither() throws Exception {
		HttpResponse<String> response = client(Pages.BOARD).get("/test/boom", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("\"status\":500")
			.doesNotContain("password_hash")
			.doesNotContain("trace")
			.doesNotContain("Exception");
	}

	@Test
	void writeWithoutCsrfTokenIsRefusedWithAStyledPage() throws Exception {
		HttpResponse<String> response = client(Pages.ADMIN).postWithoutToken("/test/components",
				Map.of("name", "x"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).select("h1").eachText()).containsExactly("You cannot see this page");
	}

	private WebClient client(String email) throws Exception {
		return new WebClient(this.port).signIn(email);
	}

}
