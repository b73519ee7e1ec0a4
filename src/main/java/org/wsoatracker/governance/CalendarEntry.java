package org.wsoatracker.governance;

import java.time.LocalDate;

/**
 * One date of a plan's deadlines calendar: what happens or falls due that day, and the page about it.
 */
public record CalendarEntry(LocalDate date, String kind, String title, String href) {
}
