package org.wsoatracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of passwords: after a number of failed sign-ins with one email address in a window of time,
 * sign-in with that address is refused, before any password is checked, until the window has passed. Counted by the
 * address as typed, whether or not an account has it, so the refusal says nothing about which accounts exist; kept in
 * PostgreSQL, so every instance of the application counts the same failures.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${wsoa.sign-in.max-failures:5}") int maxFailures,
			@Value("${wsoa.sign-in.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = Duration.ofMinutes(lockMinutes);
	}

	/**
	 * The provider to ask first: refuses a locked address, and otherwise answers null so that the account provider
	 * decides. Not a bean, so that Spring Security still builds the account provider from the user details service.
	 */
	AuthenticationProvider provider() {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				if (locked(authentication.getName())) {
					throw new LockedException("Too many failed sign-ins with this email address");
				}
				return null;
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}

		};
	}

	boolean locked(String email) {
		return this.jdbc.sql("select count(*) from sign_in_failure where email = ? and failed_at > ?")
			.params(key(email), Timestamp.from(this.clock.instant().minus(this.window)))
			.query(Integer.class)
			.single() >= this.maxFailures;
	}

	void failed(String email) {
		this.jdbc.sql("insert into sign_in_failure (email, failed_at) values (?, ?)")
			.params(key(email), Timestamp.from(this.clock.instant()))
			.update();
	}

	long lockMinutes() {
		return this.window.toMinutes();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.jdbc.sql("delete from sign_in_failure where email = ? or failed_at < ?")
			.params(key(event.getAuthentication().getName()),
					Timestamp.from(this.clock.instant().minus(this.window)))
			.update();
	}

	private static String key(String email) {
		String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		return key.length() > 320 ? key.substring(0, 320) : key;
	}

}
