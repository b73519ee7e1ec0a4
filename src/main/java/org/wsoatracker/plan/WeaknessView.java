package org.wsoatracker.plan;

public record WeaknessView(long id, int number, String text) {
}
