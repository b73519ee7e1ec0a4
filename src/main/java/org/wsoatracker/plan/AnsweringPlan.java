package org.wsoatracker.plan;

/**
 * A plan that answers an inspection, as the inspection's page links to it.
 */
public record AnsweringPlan(long id, String title, PlanKind kind) {
}
