package org.wsoatracker.security;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Metrics for operators: the Prometheus endpoint is read by a scraper signing in with HTTP Basic as "metrics" and the
 * password in WSOA_METRICS_PASSWORD, in a filter chain of its own that knows no other account and keeps no session.
 * Without that password (or with one under 16 characters) nobody can read it. And the service's own counters of
 * sign-ins.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

	static final String SCRAPER = "metrics";

	private static final int MIN_PASSWORD_LENGTH = 16;

	private final MeterRegistry meters;

	MetricsSecurityConfiguration(MeterRegistry meters) {
		this.meters = meters;
	}

	@Bean
	@Order(1)
	SecurityFilterChain metricsFilterChain(HttpSecurity http, @Value("${wsoa.metrics.password:}") String password)
			throws Exception {
		boolean open = password.length() >= MIN_PASSWORD_LENGTH;
		PasswordEncoder encoder = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		DaoAuthenticationProvider scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
				User.withUsername(SCRAPER).password(encoder.encode(open ? password : "")).roles("METRICS").build()));
		scraper.setPasswordEncoder(encoder);
		http.securityMatcher(EndpointRequest.to("prometheus"))
			.authenticationManager(new ProviderManager(scraper))
			.authorizeHttpRequests((requests) -> {
				if (open) {
					requests.anyRequest().hasRole("METRICS");
				}
				else {
					requests.anyRequest().denyAll();
				}
			})
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable()) // nothing to change here: the endpoint only reads
			.requestCache((cache) -> cache.disable());
		return http.build();
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.meters.counter("wsoa.sign.ins", "outcome", "success").increment();
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		if (!SCRAPER.equals(event.getAuthentication().getName())) {
			this.meters.counter("wsoa.sign.ins", "outcome", "refused").increment();
		}
	}

}
