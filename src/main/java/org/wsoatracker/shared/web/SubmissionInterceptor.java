package org.wsoatracker.shared.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Duration;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Makes every form safe to send twice. The first request with a form's one-time token (see
 * {@link SubmissionFieldProcessor}) is handled; another with the same token and the same fields, from the same person,
 * waits for it and is sent where it was sent, so a double click or a resent request creates one record and both
 * answers make sense. A form refused with errors frees its token, so the corrected form can be sent; the same form
 * sent again with other answers (after going back in the browser) is handled as a new request, and the records'
 * version checks decide.
 */
class SubmissionInterceptor implements HandlerInterceptor {

	static final String FIELD = "_submission";

	private static final String CLAIMED = SubmissionInterceptor.class.getName() + ".claimed";

	/**
	 * A token as {@link SubmissionFieldProcessor} makes them (a UUID); anything else is no token at all.
	 */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]{1,64}");

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private final FormSubmissions submissions;

	private final MeterRegistry meters;

	SubmissionInterceptor(FormSubmissions submissions, MeterRegistry meters) {
		this.submissions = submissions;
		this.meters = meters;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String key = key(request);
		if (key == null) {
			return true;
		}
		if (this.submissions.claim(key)) {
			request.setAttribute(CLAIMED, key);
			return true;
		}
		FormSubmissions.Outcome outcome = this.submissions.await(key, PATIENCE);
		if (!outcome.finished()) {
			throw new ConcurrencyFailureException("The same form is still being saved from an earlier request");
		}
		if (outcome.location() == null) {
			return true; // the first was refused: this one is handled, and shows the same errors
		}
		count("repeated");
		response.sendRedirect(request.getContextPath() + outcome.location());
		return false;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		String key = (String) request.getAttribute(CLAIMED);
		if (key == null) {
			return;
		}
		request.removeAttribute(CLAIMED);
		String location = redirect(modelAndView);
		if (location != null) {
			this.submissions.finish(key, location);
			count("saved");
		}
		else {
			this.submissions.forget(key);
			count("refused");
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String key = (String) request.getAttribute(CLAIMED);
		if (key != null) {
			this.submissions.forget(key);
		}
	}

	/**
	 * The metric of forms sent: saved (answered with a redirect), refused (shown again, with errors) or repeated (a
	 * double submission sent where the first went).
	 */
	private void count(String outcome) {
		this.meters.counter("wsoa.forms", "outcome", outcome).increment();
	}

	private static String key(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return null;
		}
		Principal principal = request.getUserPrincipal();
		String token = request.getParameter(FIELD);
		if (principal == null || token == null || !TOKEN.matcher(token).matches()) {
			return null;
		}
		String name = principal.getName();
		return (name.length() > 320 ? name.substring(0, 320) : name) + "|" + token + "|" + fingerprint(request);
	}

	/**
	 * A digest of what the form sent: every field but the tokens, and the name and size of each file.
	 */
	private static String fingerprint(HttpServletRequest request) {
		MessageDigest digest = sha256();
		new TreeMap<>(request.getParameterMap()).forEach((field, values) -> {
			if (!FIELD.equals(field) && !"_csrf".equals(field)) {
				update(digest, field);
				for (String value : values) {
					update(digest, value);
				}
			}
		});
		if (request instanceof MultipartHttpServletRequest multipart) {
			multipart.getMultiFileMap().forEach((field, files) -> files.forEach(file -> {
				update(digest, field);
				update(digest, file.getOriginalFilename() + "/" + file.getSize());
			}));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String redirect(ModelAndView modelAndView) {
		if (modelAndView == null) {
			return null;
		}
		String viewName = modelAndView.getViewName();
		if (viewName != null && viewName.startsWith("redirect:")) {
			return viewName.substring("redirect:".length());
		}
		return modelAndView.getView() instanceof RedirectView view ? view.getUrl() : null;
	}

}
