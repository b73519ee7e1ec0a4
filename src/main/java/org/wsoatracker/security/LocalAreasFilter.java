package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wsoatracker.people.AccountService;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads, for each request of a signed-in person, the local areas they belong to now, so that a local area they have
 * just created, or joined, is theirs at once without signing in again (leaving one ends their sessions anyway).
 */
class LocalAreasFilter extends OncePerRequestFilter {

	private final AccountService accounts;

	LocalAreasFilter(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/favicon");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			user.refreshLocalAreas(this.accounts.localAreasOf(user.getAccountId()));
		}
		chain.doFilter(request, response);
	}

}
