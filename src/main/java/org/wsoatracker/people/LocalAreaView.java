package org.wsoatracker.people;

public record LocalAreaView(long id, String code, String name) {
}
