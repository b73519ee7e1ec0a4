package org.wsoatracker.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A published report as the list shows it. supersededBy is the version that replaced it, or null while it is the
 * current one.
 */
public record ReportSummary(long id, long planId, String title, long periodId, YearMonth month, String periodLabel,
		int version, Instant publishedAt, String publishedByName, String correctionNote, Integer supersededBy) {

	private static final DateTimeFormatter LONDON_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public boolean superseded() {
		return this.supersededBy != null;
	}

	public String publishedOnText() {
		return LONDON_DAY.format(this.publishedAt);
	}

}
