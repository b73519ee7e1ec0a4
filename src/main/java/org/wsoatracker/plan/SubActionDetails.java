package org.wsoatracker.plan;

public record SubActionDetails(String label, String text, PlanDate start, PlanDate end, String phase) {
}
