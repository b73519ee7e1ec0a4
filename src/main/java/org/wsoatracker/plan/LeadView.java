package org.wsoatracker.plan;

public record LeadView(long personId, String initials, String name, String organisationCode, String roleTitle) {
}
