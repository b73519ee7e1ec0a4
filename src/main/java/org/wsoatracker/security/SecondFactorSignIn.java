package org.wsoatracker.security;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's second factor, for the pages that set up an authenticator app: whether their sign-in still
 * waits for it, and giving it once they have set up an app with its first code. When their sign-in waited for it (an
 * administrator sent to set one up), that completes the sign-in.
 */
@Component
public class SecondFactorSignIn {

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final ApplicationEventPublisher events;

	SecondFactorSignIn(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Whether the person's password was right and their sign-in still waits for a code.
	 */
	public boolean waiting() {
		return SecondFactorRequirement.pending(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The person has set up an authenticator app and typed its first code: their session has the second factor from
	 * now on, under a new id.
	 */
	public void appSetUp(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof SignedInUser user)) {
			throw new IllegalStateException("No one is signed in");
		}
		boolean completesSignIn = SecondFactorRequirement.pending(current);
		Authentication given = SecondFactorAuthentication.given(user, false, "after setting up an authenticator app");
		Set<String> givenNames = given.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		Authentication both = given.toBuilder()
			.authorities((authorities) -> current.getAuthorities()
				.stream()
				.filter((authority) -> !givenNames.contains(authority.getAuthority()))
				.forEach(authorities::add))
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(both);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		request.changeSessionId();
		if (completesSignIn) {
			this.events.publishEvent(new InteractiveAuthenticationSuccessEvent(both, getClass()));
		}
	}

}
