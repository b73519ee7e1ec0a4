package org.wsoatracker.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Puts the {@link SecondFactorFilter} after the password sign-in, with what the password sign-in uses: the same
 * session strategy (a new session id), the same place for the security context, and the page the person was going
 * to. Post-processed as Spring Security's own filters are, so that {@code @EnableMultiFactorAuthentication} makes it
 * add the password's authorities to the second factor's.
 */
class SecondFactorConfigurer extends AbstractHttpConfigurer<SecondFactorConfigurer, HttpSecurity> {

	private final SecondFactorFilter filter;

	SecondFactorConfigurer(SecondFactorFilter filter) {
		this.filter = filter;
	}

	@Override
	public void configure(HttpSecurity http) {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		RequestCache requestCache = http.getSharedObject(RequestCache.class);
		if (requestCache != null) {
			success.setRequestCache(requestCache);
		}
		this.filter.setAuthenticationSuccessHandler(success);
		this.filter.setSessionAuthenticationStrategy(http.getSharedObject(SessionAuthenticationStrategy.class));
		this.filter.setSecurityContextRepository(http.getSharedObject(SecurityContextRepository.class));
		http.addFilterAfter(postProcess(this.filter), UsernamePasswordAuthenticationFilter.class);
	}

}
