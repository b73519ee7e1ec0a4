package org.wsoatracker.people;

public record OrganisationView(long id, long localAreaId, String code, String name, OrganisationKind kind,
		long version) {
}
