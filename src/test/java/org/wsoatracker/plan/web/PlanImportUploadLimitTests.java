package org.wsoatracker.plan.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.ServerTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads too big to import, on the real server (MockMvc has no upload limits): up to the server's limit for any
 * upload the import refuses the file for its size without reading it; over that limit Tomcat refuses the request
 * before anything reads it, and the person sees a styled page that says why.
 */
@ServerTest
class PlanImportUploadLimitTests {

	private static final String BOUNDARY = "----wsoa-upload-limit-test";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tenMegabytesOfRandomBytesIsRefusedForItsSizeOnTheImportPage() throws Exception {
		int plansBefore = plans();

		HttpResponse<String> response = upload(randomBytes(10 * 1024 * 1024));

		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Error: Import a plan from a spreadsheet – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a[href=#file]").eachText())
			.contains("The selected file must be smaller than 5 MB");
		assertThat(page.select("#title").val()).isEqualTo("Too big");
		assertThat(plans()).isEqualTo(plansBefore);
	}

	@Test
	void anUploadOverTheServersLimitIsRefusedBeforeItIsReadWithAPageSayingSo() throws Exception {
		int plansBefore = plans();

		HttpResponse<String> response = upload(randomBytes(12 * 1024 * 1024));

		assertThat(response.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("The selected file is too big – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("The selected file is too big");
		assertThat(page.select("main").text()).contains("must be smaller than 5 MB");
		assertThat(plans()).isEqualTo(plansBefore);
	}

	private HttpResponse<String> upload(byte[] file) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		signIn(http);
		String token = Jsoup.parse(get(http, "/plans/import").body()).select("form[enctype] input[name=_csrf]").val();
		return http.send(HttpRequest.newBuilder(uri("/plans/import"))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(token, file)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(42).nextBytes(bytes);
		return bytes;
	}

	private static byte[] multipart(String token, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(part("_csrf", token));
		body.writeBytes(part("title", "Too big"));
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static byte[] part(String name, String value) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private void signIn(HttpClient http) throws Exception {
		String token = Jsoup.parse(get(http, "/login").body()).select("input[name=_csrf]").val();
		String form = "username=" + encode(Pages.ADMIN) + "&password=" + encode(Pages.DEMO_PASSWORD) + "&_csrf="
				+ encode(token);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> get(HttpClient http, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private int plans() {
		return this.jdbc.queryForObject("select count(*) from plan", Integer.class);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
