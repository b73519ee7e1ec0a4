package org.wsoatracker.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.wsoatracker.shared.demo.DemoMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the local area's name and the navigation for the signed-in role.
 */
@ControllerAdvice
class LayoutModelAdvice {

	private final List<NavigationItem> items;

	private final String localAreaName;

	private final boolean demoMode;

	LayoutModelAdvice(List<NavigationItem> items, @Value("${wsoa.local-area-name:}") String localAreaName,
			DemoMode demoMode) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.localAreaName = localAreaName;
		this.demoMode = demoMode.enabled();
	}

	/**
	 * True when the service runs as a demonstration: every page says so in a phase banner.
	 */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demoMode;
	}

	/**
	 * The request's reference, which error pages show (see {@link RequestIdFilter}).
	 */
	@ModelAttribute("requestId")
	String requestId(HttpServletRequest request) {
		return RequestIdFilter.of(request);
	}

	/**
	 * How many idle seconds the signed-in person's session has left after this page (its idle limit), for the warning
	 * before it ends; null without a session.
	 */
	@ModelAttribute("sessionSeconds")
	Integer sessionSeconds(HttpServletRequest request) {
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		return session == null ? null : session.getMaxInactiveInterval();
	}

	@ModelAttribute("localAreaName")
	String localAreaName() {
		return this.localAreaName;
	}

	@ModelAttribute("navigation")
	List<NavigationLink> navigation(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return List.of();
		}
		Set<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.items.stream()
			.filter(item -> item.visibleTo(roles))
			.map(item -> new NavigationLink(item.label(), item.href(), item.isCurrent(path)))
			.toList();
	}

	record NavigationLink(String label, String href, boolean current) {
	}

}
