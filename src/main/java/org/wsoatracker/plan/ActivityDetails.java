package org.wsoatracker.plan;

/**
 * An entry in the plan's log of activity ("JSNA working group established — March 2020").
 */
public record ActivityDetails(PlanDate date, String text) {
}
