package org.wsoatracker.security;

import java.time.Clock;
import java.time.Duration;

import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.SecondFactorService;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.security.SingleSignOnSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
// Multi-factor authentication, with no factor required of everyone: the authorization rules ask for the second factor
// only of the sign-ins that need one (authorizationManagerFactory below). The sign-in filters add the authorities of
// a new factor to those of the factors given before it.
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

	/**
	 * No inline script or style, nothing from other origins, no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Sessions in PostgreSQL save attributes with an upsert, so that two requests of one new session that add the
	 * same attribute at once (the CSRF token, say) do not fail on a duplicate key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionQueries() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Sessions written back only when something in them changed ({@link SparingSessionRepository}), in place of the
	 * repository Spring Boot sets up (which it sets up only when there is no other).
	 */
	@Bean
	static BeanPostProcessor sparingSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof JdbcIndexedSessionRepository sessions ? new SparingSessionRepository<>(sessions)
						: bean;
			}
		};
	}

	/**
	 * Every authorization rule below (authenticated, hasRole …) also asks for the authenticator app factor of a
	 * sign-in that needs one: until it is given, the person may only reach the pages that ask for it.
	 */
	@Bean
	DefaultAuthorizationManagerFactory<Object> authorizationManagerFactory() {
		DefaultAuthorizationManagerFactory<Object> factory = new DefaultAuthorizationManagerFactory<>();
		factory.setAdditionalAuthorization(new SecondFactorRequirement());
		return factory;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler loginFailureHandler,
			SignInThrottle throttle, SecondFactorService secondFactors, SecurityLog securityLog, Clock clock,
			SingleSignOnSettings singleSignOn, ObjectProvider<SingleSignOnLogin> singleSignOnLogin,
			AccountService accounts, @Value("${wsoa.session.absolute-hours:12}") long absoluteHours)
			throws Exception {
		// The local areas a signed-in person belongs to, read again for each request.
		http.addFilterAfter(new LocalAreasFilter(accounts), SecurityContextHolderFilter.class);
		// Asked first: counts the attempt, or refuses an address with too many recent failures, before any password
		// is checked.
		http.authenticationProvider(throttle.provider());
		// However active, a session ends after its absolute lifetime.
		http.addFilterBefore(new SessionLifetimeFilter(clock, Duration.ofHours(absoluteHours)),
				SecurityContextHolderFilter.class);
		// A form sent after the session ended is kept for the person to send again once signed in, before its CSRF
		// token (which belonged to the ended session) is checked.
		http.addFilterBefore(new SignedOutForms(), CsrfFilter.class);
		// After a right password, the code from an authenticator app (or a recovery code) of an account that needs one.
		http.with(new SecondFactorConfigurer(new SecondFactorFilter(throttle, secondFactors, securityLog)),
				Customizer.withDefaults());
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/accessibility", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.svg",
					"/favicon.ico", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// Setting up the first administrator (only while there is none), accepting an invitation and resetting a
			// forgotten password, with a password or by signing in through the identity provider: before anyone can
			// sign in.
			.requestMatchers("/setup", "/invitations/*", "/password-reset", "/password-reset/*",
					"/invitations/*/single-sign-on", "/password-reset/*/single-sign-on")
			.permitAll()
			// After a right password: the pages that ask for the second factor, and setting up an authenticator app
			// (an administrator without one is sent there first; anyone signed in may set one up). Not through the
			// rules' factory, which would ask for the second factor itself.
			.requestMatchers(SecondFactorFilter.APP_CODE_PAGE, SecondFactorFilter.RECOVERY_CODE_PAGE,
					"/account/authenticator-app")
			.access(AuthorityAuthorizationManager.hasAnyAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY,
					SingleSignOnAuthentication.FACTOR))
			// Each person's own account and password, whatever their role.
			.requestMatchers("/account", "/account/**")
			.authenticated()
			// A plan's public progress page, when the programme office has turned it on.
			.requestMatchers(HttpMethod.GET, "/public/plans/*")
			.permitAll()
			// A person's calendar feed, read by their calendar app without a session: the secret token in the address
			// is checked by the handler, which answers "Page not found" to any token not in use.
			.requestMatchers(HttpMethod.GET, "/calendar/*")
			.permitAll()
			// Published reports: every role, and all the scrutiny committee sees besides its home page.
			.requestMatchers("/", "/reports", "/reports/**")
			.authenticated()
			// Changes are for administrators unless said otherwise here: each writing handler says so with
			// @PreAuthorize.
			.requestMatchers("/my-actions")
			.hasAnyRole("LEAD", "ADMIN")
			// Only leads (of their own actions, checked by the progress service) and administrators write updates.
			.requestMatchers(HttpMethod.POST, "/actions/*/updates", "/actions/*/updates/**")
			.hasAnyRole("LEAD", "ADMIN")
			// The board's dashboards: the board and the programme office; leads may read them too.
			.requestMatchers("/dashboard")
			.hasAnyRole("ADMIN", "BOARD", "LEAD")
			// Everything else (the plan register, progress, dashboards, administration and the API): every role but the
			// scrutiny committee.
			.anyRequest()
			.hasAnyRole("ADMIN", "BOARD", "LEAD"));
		// Signing in with a password, unless single sign-on is on and password sign-in turned off: then nothing
		// answers a password sent to /login.
		if (singleSignOn.passwordSignIn()) {
			http.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.failureHandler(loginFailureHandler)
				.defaultSuccessUrl("/", false));
		}
		// Signing in through the identity provider, when single sign-on is on.
		singleSignOnLogin.ifAvailable((login) -> login.configure(http));
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// A refusal for want of the second factor sends the person to the page that asks for it; any other is a 403.
			.exceptionHandling((exceptions) -> exceptions
				.defaultDeniedHandlerForMissingAuthority(
						new LoginUrlAuthenticationEntryPoint(SecondFactorFilter.APP_CODE_PAGE),
						SecondFactorRequirement.FACTOR)
				.defaultAccessDeniedHandlerFor(new AccessRefusedHandler(securityLog), AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

}
