package org.wsoatracker.plan;

public record FindingView(long id, String heading, FindingKind kind, String text) {
}
