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

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
class PlanImportUploadLimitTests {

	@LocalServerPort
	int port;

	@Test
	void tenMegabytesIsRefusedWithTheImportPage() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + this.port;
		String token = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body()).select("input[name=_csrf]").val();
		String login = "username=" + URLEncoder.encode(Pages.ADMIN, StandardCharsets.UTF_8) + "&password=" + Pages.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
		System.out.println("SIGNIN " + signedIn.statusCode());
		Document form = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/plans/import")).build(), HttpResponse.BodyHandlers.ofString()).body());
		String formToken = form.select("form[enctype] input[name=_csrf]").val();
		System.out.println("FORM " + form.select("form[enctype]").attr("action") + " token " + formToken.length());
		byte[] random = new byte[10 * 1024 * 1024];
		new Random(1).nextBytes(random);
		String boundary = "----boundary" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + formToken + "\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBig\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(random);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/plans/import")).header("Accept", "text/html").header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
		System.out.println("STATUS " + response.statusCode() + " " + response.headers().map());
		System.out.println(Jsoup.parse(response.body()).select("h1, .govuk-error-summary").text());
		assertThat(response.statusCode()).isEqualTo(200);
	}

}
