/**
 * Reminders to leads: an email before each open reporting period's due date, repeated until they submit their
 * update, sent by a scheduled job that runs on one instance at a time.
 */
package org.wsoatracker.progress.reminders;
