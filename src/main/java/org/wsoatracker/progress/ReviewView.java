package org.wsoatracker.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public record ReviewView(boolean accepted, String comment, String reviewerName, Instant decidedAt) {

	static final DateTimeFormatter LONDON_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public String decidedOnText() {
		return LONDON_TIME.format(this.decidedAt);
	}

}
