package org.wsoatracker.plan;

public record SubActionView(long id, String label, String text, PlanDate start, PlanDate end, String phase) {
}
