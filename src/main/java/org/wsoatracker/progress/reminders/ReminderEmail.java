package org.wsoatracker.progress.reminders;

/**
 * One reminder email to one lead: a plain-text body and the same content as HTML.
 */
record ReminderEmail(String to, String subject, String text, String html) {
}
