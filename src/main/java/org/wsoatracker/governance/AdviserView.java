package org.wsoatracker.governance;

public record AdviserView(long id, String name, String organisation) {
}
