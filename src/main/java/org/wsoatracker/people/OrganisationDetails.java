package org.wsoatracker.people;

/**
 * A partner organisation as given when adding or changing it.
 */
public record OrganisationDetails(String code, String name, OrganisationKind kind) {
}
