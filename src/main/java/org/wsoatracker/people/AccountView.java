package org.wsoatracker.people;

public record AccountView(long id, String email, String displayName, Role role, boolean enabled) {
}
