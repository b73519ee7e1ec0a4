package org.wsoatracker.shared.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * One row of the audit trail: who changed which field of what, when, from what to what.
 */
public record AuditEntry(long id, Instant occurredAt, String who, String entity, long entityId, String operation,
		String field, String oldValue, String newValue) {

	private static final Map<String, String> ENTITY_WORDS = Map.of("PlanAction", "action", "SubAction", "sub-action",
			"Measure", "measure", "Risk", "risk", "Plan", "plan", "PlanArea", "area");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public String when() {
		return WHEN.format(this.occurredAt);
	}

	/**
	 * What was done, in words: "added risk: likelihood", "changed action: outcome", "removed measure".
	 */
	public String what() {
		String done = switch (this.operation) {
			case "CREATE" -> "added";
			case "DELETE" -> "removed";
			case "IMPORT" -> "imported";
			default -> "changed";
		};
		return done + " " + ENTITY_WORDS.getOrDefault(this.entity, this.entity)
				+ (this.field == null || this.field.isBlank() ? "" : ": " + this.field);
	}

}
