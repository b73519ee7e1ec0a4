package org.wsoatracker.people;

/**
 * A local area as given when adding it: its short code (for example YORK) and its name.
 */
public record LocalAreaDetails(String code, String name) {
}
