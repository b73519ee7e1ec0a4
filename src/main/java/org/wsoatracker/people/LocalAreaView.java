package org.wsoatracker.people;

/**
 * A local area. An archived one has left the ordinary lists, with everything in it; a demo one was loaded by demo mode
 * and goes when an administrator removes the demo data.
 */
public record LocalAreaView(long id, String code, String name, boolean archived, boolean demo) {
}
