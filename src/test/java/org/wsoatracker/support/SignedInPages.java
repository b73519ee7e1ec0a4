package org.wsoatracker.support;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Requests made as a signed-in person (each role signed in once, for real, and its session reused), for web tests
 * of pages and forms.
 */
public class SignedInPages {

	private final MockMvc mvc;

	private final Map<String, Cookie> sessions = new HashMap<>();

	public SignedInPages(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * A code no other test uses, within the 20 characters an organisation code may have: prefix plus 8 characters.
	 */
	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	public Cookie session(String email) throws Exception {
		Cookie session = this.sessions.get(email);
		if (session == null) {
			session = Pages.signIn(this.mvc, email);
			this.sessions.put(email, session);
		}
		return session;
	}

	public MvcResult get(String email, String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).cookie(session(email))).andReturn();
	}

	/**
	 * The page, which must answer 200.
	 */
	public Document page(String email, String path) throws Exception {
		MvcResult result = get(email, path);
		if (result.getResponse().getStatus() != 200) {
			throw new AssertionError("GET " + path + " as " + email + " answered " + result.getResponse().getStatus());
		}
		return Pages.html(result);
	}

	/**
	 * Posts the form fields (name, value, name, value …) with the session's CSRF token.
	 */
	public MvcResult post(String email, String path, String... fields) throws Exception {
		return this.mvc.perform(form(path, fields).cookie(session(email)).with(csrf())).andReturn();
	}

	public MvcResult postWithoutCsrf(String email, String path, String... fields) throws Exception {
		return this.mvc.perform(form(path, fields).cookie(session(email))).andReturn();
	}

	/**
	 * Follows a redirect as the same person and returns the page it leads to (with its flash message).
	 */
	public Document follow(String email, MvcResult redirect) throws Exception {
		String location = redirect.getResponse().getRedirectedUrl();
		if (location == null) {
			throw new AssertionError("Expected a redirect but got " + redirect.getResponse().getStatus() + ": "
					+ Pages.html(redirect).select(".govuk-error-summary").text());
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(location).cookie(session(email));
		if (redirect.getFlashMap() != null) {
			request = request.flashAttrs(redirect.getFlashMap());
		}
		return Pages.html(this.mvc.perform(request).andReturn());
	}

	private static MockHttpServletRequestBuilder form(String path, String... fields) {
		if (fields.length % 2 != 0) {
			throw new IllegalArgumentException("Give each field a name and a value");
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

}
