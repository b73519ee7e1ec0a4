package org.wsoatracker.people;

/**
 * An account's role, password or enabled state changed: the sessions signed in with it must end, but for the one
 * that made the change, if any.
 */
public record AccountAccessChanged(String email) {
}
