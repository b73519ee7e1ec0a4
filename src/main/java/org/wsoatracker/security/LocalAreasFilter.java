package org.wsoatracker.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wsoatracker.people.AccountService;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads again the local areas a signed-in person belongs to when they have changed, so that a local area they have
 * just created, or joined, is theirs at once without signing in again (leaving one ends their sessions anyway). A
 * change marks each of the account's sessions ({@link SessionsOfAccounts}); a request of a session not marked reads
 * nothing.
 */
class LocalAreasFilter extends OncePerRequestFilter {

	/** The session attribute that says the account's local areas changed since the session last read them. */
	static final String REFRESH = "wsoa.localAreasChanged";

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
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(REFRESH) != null) {
			SecurityContext context = SecurityContextHolder.getContext();
			if (context.getAuthentication() != null
					&& context.getAuthentication().getPrincipal() instanceof SignedInUser user) {
				user.refreshLocalAreas(this.accounts.localAreasOf(user.getAccountId()));
				// Stored again, so that the session keeps the areas read now.
				session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
			}
			session.removeAttribute(REFRESH);
		}
		chain.doFilter(request, response);
	}

}
