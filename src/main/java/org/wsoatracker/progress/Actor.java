package org.wsoatracker.progress;

/**
 * Who is doing something, as the progress cycle needs to know them: their account, the name recorded against what
 * they write, and whether they are an administrator (who may update any action).
 */
public record Actor(long accountId, String name, boolean administrator) {
}
