package org.wsoatracker.plan;

public record LeadOrganisationView(long organisationId, String code, String name) {
}
