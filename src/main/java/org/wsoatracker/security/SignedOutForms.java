package org.wsoatracker.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Nothing typed is lost when a session ends (WCAG 2.2.1): a form sent after the person's session has ended (by its
 * idle time or its absolute lifetime) is kept, within bounds, in a new session before its CSRF token is checked (the
 * token belonged to the ended session), and the person is asked to sign in again. Once signed in, they are taken to
 * {@link #PAGE}, which shows the kept form ready to send again with a new token, to the same address: the controller
 * then treats it as any other submission (its checks, its version against newer saves, its one-time token).
 * <p>
 * Kept: the text fields only (a file chosen must be chosen again), at most {@value #MAX_FIELDS} fields and
 * {@value #MAX_CHARACTERS} characters in all; anything larger is not kept. Fields starting with "_" (the CSRF and
 * one-time tokens) are not kept: the form sent again carries new ones.
 */
public class SignedOutForms extends OncePerRequestFilter {

	/** The page that offers the kept form again, after signing in. */
	public static final String PAGE = "/account/kept-form";

	static final String ATTRIBUTE = SignedOutForms.class.getName() + ".KEPT";

	static final int MAX_FIELDS = 500;

	static final int MAX_CHARACTERS = 300_000;

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod()) || request.getRequestedSessionId() == null
				|| request.isRequestedSessionIdValid() || isSignInOrOut(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<KeptForm> kept = KeptForm.of(request);
		if (kept.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(true);
		session.setAttribute(ATTRIBUTE, kept.get());
		// After signing in, the person is sent where the request cache says: the page with the kept form.
		this.requestCache.saveRequest(new KeptFormPage(request), response);
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	static boolean isSignInOrOut(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// Signing in and out, and the forms sent before anyone is signed in: never kept.
		return path.equals("/login") || path.startsWith("/login/") || path.equals("/logout") || path.equals("/setup")
				|| path.startsWith("/invitations/") || path.startsWith("/password-reset") || path.startsWith("/oauth2/");
	}

	/**
	 * The form kept from the session's end, if any, for the page that offers it again.
	 */
	public static Optional<KeptForm> kept(HttpSession session) {
		return session == null ? Optional.empty()
				: Optional.ofNullable((KeptForm) session.getAttribute(ATTRIBUTE));
	}

	/**
	 * Forgets the kept form, once sent again or given up.
	 */
	public static void forget(HttpSession session) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	/**
	 * A form as it was sent: its address, whether it was sent as multipart (with a file), and its text fields in order.
	 */
	public record KeptForm(String action, boolean multipart, ArrayList<Field> fields) implements Serializable {

		static Optional<KeptForm> of(HttpServletRequest request) {
			ArrayList<Field> fields = new ArrayList<>();
			int characters = 0;
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (parameter.getKey().startsWith("_")) {
					continue;
				}
				for (String value : parameter.getValue()) {
					characters += parameter.getKey().length() + value.length();
					fields.add(new Field(parameter.getKey(), value));
				}
			}
			if (fields.isEmpty() || fields.size() > MAX_FIELDS || characters > MAX_CHARACTERS) {
				return Optional.empty();
			}
			String contentType = request.getContentType();
			boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
			String action = request.getRequestURI().substring(request.getContextPath().length());
			return Optional.of(new KeptForm(action, multipart, fields));
		}

		public List<Field> fieldList() {
			return this.fields;
		}

	}

	public record Field(String name, String value) implements Serializable {
	}

	/**
	 * The request as the request cache keeps it: a GET of the page that offers the kept form.
	 */
	private static final class KeptFormPage extends HttpServletRequestWrapper {

		KeptFormPage(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + PAGE;
		}

		@Override
		public String getServletPath() {
			return PAGE;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer();
			url.append(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if (!(("http".equals(getScheme()) && port == 80) || ("https".equals(getScheme()) && port == 443))) {
				url.append(':').append(port);
			}
			return url.append(getRequestURI());
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		// A GET has no body: the form's content type (multipart, with a file) must not be replayed after signing in,
		// or the page would be read as a multipart request it is not.
		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public String getHeader(String name) {
			return isBodyHeader(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isBodyHeader(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter(name -> !isBodyHeader(name)).toList());
		}

		private static boolean isBodyHeader(String name) {
			return "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name);
		}

	}

}
