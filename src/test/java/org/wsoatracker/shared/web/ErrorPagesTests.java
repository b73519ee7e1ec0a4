package org.wsoatracker.shared.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.ServerTest;
import org.wsoatracker.support.WebClient;

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
