package org.wsoatracker.governance;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A person's secret calendar address, kept as the hash of its token.
 */
@Entity
class CalendarFeed {

	@Id
	private Long accountId;

	private String tokenHash;

	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(long accountId, String tokenHash, Instant createdAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getTokenHash() {
		return this.tokenHash;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
