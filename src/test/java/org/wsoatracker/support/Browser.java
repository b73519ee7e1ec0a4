package org.wsoatracker.support;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * One browser on the service, through MockMvc: it keeps its session cookie, following the new ones that signing in
 * gives, and brings a redirect's flash attributes to the page it leads to. Can sign in through the identity provider.
 */
public final class Browser {

	private final MockMvc mvc;

	private Cookie session;

	public Browser(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult get(String path) throws Exception {
		return perform(MockMvcRequestBuilders.get(path));
	}

	/**
	 * An address as a browser sends it, its query already encoded.
	 */
	public MvcResult get(URI address) throws Exception {
		return perform(MockMvcRequestBuilders.get(address));
	}

	/**
	 * The page a redirect leads to, with its flash attributes.
	 */
	public MvcResult follow(MvcResult redirect) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(redirect.getResponse().getRedirectedUrl());
		Map<String, Object> flash = redirect.getFlashMap();
		return perform(flash == null || flash.isEmpty() ? request : request.flashAttrs(flash));
	}

	public MvcResult post(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return perform(request);
	}

	/**
	 * Signs in through the identity provider, as whoever it signs in next ({@link TestIdentityProvider#signsInNext}),
	 * from the sign-in page's button: to the provider, and back with its answer. Returns the service's response to
	 * that answer.
	 */
	public MvcResult signInThrough(TestIdentityProvider provider) throws Exception {
		return answer(provider, get("/oauth2/authorization/sso"));
	}

	/**
	 * Follows the service's redirect to the provider, and brings the provider's answer back to the service.
	 */
	public MvcResult answer(TestIdentityProvider provider, MvcResult toProvider) throws Exception {
		if (toProvider.getResponse().getStatus() != 302) {
			throw new AssertionError("Not sent to the provider: " + toProvider.getResponse().getStatus());
		}
		return get(provider.authorize(toProvider.getResponse().getRedirectedUrl()));
	}

	public Cookie session() {
		return this.session;
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(this.session == null ? request : request.cookie(this.session)).andReturn();
		Cookie renewed = result.getResponse().getCookie("SESSION");
		if (renewed != null && !renewed.getValue().isEmpty()) {
			this.session = renewed;
		}
		return result;
	}

}
