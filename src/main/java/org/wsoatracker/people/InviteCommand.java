package org.wsoatracker.people;

import java.util.Set;

/**
 * Invite someone: an account for them, and an email with a link to set their own password.
 *
 * @param personId the person in the plans the account is, or null
 */
public record InviteCommand(String email, String displayName, Role role, Set<Long> localAreaIds, Long personId) {
}
