package org.wsoatracker.shared.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One row of the audit trail: who changed which field of what, when, from what to what.
 */
public record AuditEntry(long id, Instant occurredAt, String who, String entity, long entityId, String operation,
		String field, String oldValue, String newValue) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public String when() {
		return WHEN.format(this.occurredAt);
	}

}
