package org.wsoatracker.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The forms sent, by their one-time token: claimed by the first request that carries it, then either finished (with
 * where that request sent the person) or forgotten (the form was refused, and may be sent again). Kept in PostgreSQL,
 * so requests to different instances agree; tokens are kept for a day.
 */
@Component
class FormSubmissions {

	private static final Duration KEPT = Duration.ofDays(1);

	private static final Duration POLL = Duration.ofMillis(100);

	private final JdbcClient jdbc;

	private final Clock clock;

	FormSubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims the token: true for the first request that carries it.
	 */
	boolean claim(String key) {
		Instant now = this.clock.instant();
		if (ThreadLocalRandom.current().nextInt(100) == 0) {
			this.jdbc.sql("delete from form_submission where created_at < ?").param(Timestamp.from(now.minus(KEPT))).update();
		}
		return this.jdbc.sql("insert into form_submission (submission_key, created_at) values (?, ?) on conflict do nothing")
			.params(key, Timestamp.from(now))
			.update() == 1;
	}

	void finish(String key, String location) {
		this.jdbc.sql("update form_submission set location = ? where submission_key = ?").params(location, key).update();
	}

	void forget(String key) {
		this.jdbc.sql("delete from form_submission where submission_key = ? and location is null").param(key).update();
	}

	/**
	 * Waits, up to {@code patience}, for the request that claimed the token to finish: where it sent the person, or
	 * empty if it was refused (the token is free again) or has not finished in time ({@code finished} false).
	 */
	Outcome await(String key, Duration patience) throws InterruptedException {
		Instant until = this.clock.instant().plus(patience);
		while (true) {
			Optional<Optional<String>> row = this.jdbc.sql("select location from form_submission where submission_key = ?")
				.param(key)
				.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
				.optional();
			if (row.isEmpty()) {
				return new Outcome(true, null);
			}
			if (row.get().isPresent()) {
				return new Outcome(true, row.get().get());
			}
			if (this.clock.instant().isAfter(until)) {
				return new Outcome(false, null);
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	/**
	 * How the first request with a token ended: where it sent the person (null when it was refused).
	 */
	record Outcome(boolean finished, String location) {
	}

}
