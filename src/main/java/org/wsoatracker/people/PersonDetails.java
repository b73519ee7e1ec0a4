package org.wsoatracker.people;

/**
 * What a person is, as given when adding or changing them.
 */
public record PersonDetails(long organisationId, String initials, String name, String roleTitle, LeaderGroup group,
		String email, Long accountId) {
}
