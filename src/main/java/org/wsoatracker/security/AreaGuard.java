package org.wsoatracker.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps local areas apart: a record named in the address (a plan, an action, a person, evidence…) of a local area
 * the signed-in person does not belong to is answered "Page not found", exactly as if it did not exist, before any
 * handler sees it, and the attempt is in the security log. Every path variable must be known to {@link RecordAreas}:
 * one that is not fails the request, so a new page cannot leave its records unguarded.
 */
@Configuration(proxyBeanMethods = false)
class AreaGuard implements HandlerInterceptor, WebMvcConfigurer {

	/**
	 * Pages for the public, whose records anyone may see once published.
	 */
	static final String PUBLIC_PAGES = "/public/";

	private final RecordAreas records;

	private final SecurityLog securityLog;

	AreaGuard(RecordAreas records, SecurityLog securityLog) {
		this.records = records;
		this.securityLog = securityLog;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(Ordered.HIGHEST_PRECEDENCE);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(handler instanceof HandlerMethod) || authentication == null
				|| !(authentication.getPrincipal() instanceof SignedInUser user)) {
			return true;
		}
		String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null || pattern.startsWith(PUBLIC_PAGES)) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables == null) {
			return true;
		}
		AreaScope scope = user.scope();
		for (Map.Entry<String, String> variable : variables.entrySet()) {
			if (RecordAreas.NOT_RECORDS.contains(variable.getKey())) {
				continue;
			}
			String collection = RecordAreas.collectionOf(pattern, variable.getKey())
				.filter(RecordAreas::knows)
				.orElseThrow(() -> new IllegalStateException(
						"No rule for the local area of {" + variable.getKey() + "} in " + pattern));
			List<Long> localAreas = localAreasOf(collection, variable.getValue());
			if (localAreas.stream().noneMatch(scope::includes)) {
				if (!localAreas.isEmpty()) {
					this.securityLog.record(SecurityEventKind.ACCESS_REFUSED,
							request.getMethod() + " " + request.getRequestURI() + ": another local area's record");
				}
				throw new NotFoundException("Page");
			}
		}
		return true;
	}

	private List<Long> localAreasOf(String collection, String id) {
		try {
			return this.records.localAreasOf(collection, Long.parseLong(id));
		}
		catch (NumberFormatException ex) {
			return List.of();
		}
	}

}
