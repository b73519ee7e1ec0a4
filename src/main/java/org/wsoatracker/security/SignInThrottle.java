package org.wsoatracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing of passwords: after a number of failed sign-ins with one email address in a window of time,
 * sign-in with that address is refused, before any password is checked, until the window has passed. Counted by the
 * address as typed, whether or not an account has it, so the refusal says nothing about which accounts exist; kept in
 * PostgreSQL, so every instance of the application counts the same failures.
 * <p>
 * The count cannot be raced: each attempt is counted, under a lock on its address, before its password is checked,
 * and stays counted as a failure unless it succeeds. Thirty guesses sent at once get at most the allowed number of
 * password checks.
 */
@Component
class SignInThrottle {

	/**
	 * Longer than any email address: refused without a password check.
	 */
	static final int MAX_EMAIL_LENGTH = 320;

	/**
	 * Far longer than any password the service accepts: refused without hashing it.
	 */
	static final int MAX_PASSWORD_LENGTH = 1024;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${wsoa.sign-in.max-failures:5}") int maxFailures,
			@Value("${wsoa.sign-in.lock-minutes:15}") int lockMinutes) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = Duration.ofMinutes(lockMinutes);
	}

	/**
	 * The provider to ask first: refuses a locked address, and otherwise counts the attempt and answers null so that
	 * the account provider decides. Not a bean, so that Spring Security still builds the account provider from the
	 * user details service.
	 */
	AuthenticationProvider provider() {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String email = authentication.getName();
				Object password = authentication.getCredentials();
				if (email == null || email.isBlank() || email.length() > MAX_EMAIL_LENGTH
						|| (password instanceof String text && text.length() > MAX_PASSWORD_LENGTH)) {
					throw new BadCredentialsException("Too long to be an email address or a password");
				}
				if (!attempt(email)) {
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

	/**
	 * Counts an attempt to sign in with the address, unless it is locked: false when it is. Under a lock on the
	 * address, so that attempts at the same moment are counted one after another.
	 */
	boolean attempt(String email) {
		String key = key(email);
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 42))").param(key).query().singleRow();
			int recent = this.jdbc.sql("select count(*) from sign_in_failure where email = ? and failed_at > ?")
				.params(key, Timestamp.from(this.clock.instant().minus(this.window)))
				.query(Integer.class)
				.single();
			if (recent >= this.maxFailures) {
				return false;
			}
			this.jdbc.sql("insert into sign_in_failure (email, failed_at) values (?, ?)")
				.params(key, Timestamp.from(this.clock.instant()))
				.update();
			return true;
		}));
	}

	/**
	 * A sign-in succeeded: its address starts afresh (the security event log keeps every failure), and rows older
	 * than the window go.
	 */
	void succeeded(String email) {
		this.jdbc.sql("delete from sign_in_failure where email = ? or failed_at < ?")
			.params(key(email), Timestamp.from(this.clock.instant().minus(this.window)))
			.update();
	}

	long lockMinutes() {
		return this.window.toMinutes();
	}

	static String key(String email) {
		String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
		return key.length() > MAX_EMAIL_LENGTH ? key.substring(0, MAX_EMAIL_LENGTH) : key;
	}

}
