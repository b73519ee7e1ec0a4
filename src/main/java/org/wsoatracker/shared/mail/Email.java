package org.wsoatracker.shared.mail;

/**
 * One email to one person: a plain-text body and the same content as HTML.
 */
public record Email(String to, String subject, String text, String html) {
}
