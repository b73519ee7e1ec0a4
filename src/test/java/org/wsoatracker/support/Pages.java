package org.wsoatracker.support;

import java.io.UnsupportedEncodingException;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Helpers for web tests: sign in for real and read the page a person would see.
 */
public final class Pages {

	public static final String DEMO_PASSWORD = "demo-password-2026";

	public static final String ADMIN = "admin@example.org";

	public static final String BOARD = "chair@example.org";

	public static final String LEAD = "lead@example.org";

	public static final String SCRUTINY = "scrutiny@example.org";

	private Pages() {
	}

	/**
	 * Signs in through the real sign-in form and returns the session cookie to send with later requests (sessions
	 * live in PostgreSQL and are found by their cookie, as in a browser).
	 */
	public static Cookie signIn(MockMvc mvc, String email) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(email).password(DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return sessionCookie(result);
	}

	public static Cookie sessionCookie(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("The response set no SESSION cookie");
		}
		return cookie;
	}

	public static Document html(MvcResult result) throws UnsupportedEncodingException {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
