package org.wsoatracker.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A plain HTTP client with cookies, for tests against the running server: signs in through the real form and sends
 * the CSRF token the page carries.
 */
public class WebClient {

	private final String base;

	private final HttpClient http;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public WebClient signIn(String email) throws IOException, InterruptedException {
		HttpResponse<String> response = post("/login", Map.of("username", email, "password", Pages.DEMO_PASSWORD));
		if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/")) {
			throw new AssertionError("Sign-in as " + email + " failed: " + response.statusCode());
		}
		return this;
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A file, as a browser asks for it when a link to it is followed.
	 */
	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a form with the session's CSRF token, read from a page as a browser would.
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken());
		return postWithoutToken(path, withToken);
	}

	public HttpResponse<String> postWithoutToken(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String csrfToken() throws IOException, InterruptedException {
		HttpResponse<String> signInPage = get("/login", "text/html");
		// Signed in, the sign-in page redirects home; the sign-out form on any page carries the token then.
		String page = signInPage.statusCode() == 200 ? signInPage.body() : get("/accessibility", "text/html").body();
		return Jsoup.parse(page).select("input[name=_csrf]").val();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
