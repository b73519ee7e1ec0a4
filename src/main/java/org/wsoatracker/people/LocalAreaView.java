package org.wsoatracker.people;

/**
 * A local area. An archived one has left the ordinary lists, with everything in it.
 */
public record LocalAreaView(long id, String code, String name, boolean archived) {
}
