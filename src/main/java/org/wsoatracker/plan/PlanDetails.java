package org.wsoatracker.plan;

/**
 * A plan's own details, as given when creating or changing it. {@code scaleCode} names a progress scale
 * (YORK_SIX_STEP, RAG_BLUE, DELIVERY_CONFIDENCE).
 */
public record PlanDetails(PlanKind kind, String title, PlanStatus status, String scaleCode, String boardName,
		String chair, String viceChair, String reportingCadence) {
}
