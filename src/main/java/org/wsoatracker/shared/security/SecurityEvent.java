package org.wsoatracker.shared.security;

import java.time.Instant;

/**
 * One row of the security event log: what happened, to whom, by whom, from which address.
 */
public record SecurityEvent(long id, Instant occurredAt, SecurityEventKind kind, String subjectEmail,
		String actorEmail, String ipAddress, String detail) {
}
