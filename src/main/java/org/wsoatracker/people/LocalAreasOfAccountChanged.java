package org.wsoatracker.people;

/**
 * An account joined or left a local area: the sessions signed in with it must see their local areas anew.
 */
public record LocalAreasOfAccountChanged(String email) {
}
