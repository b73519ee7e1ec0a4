package org.wsoatracker.governance.web;

import java.nio.charset.StandardCharsets;

import org.wsoatracker.governance.CalendarService;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar feed at a person's secret address, read by their calendar without signing in: the token in the
 * address is all it needs. A revoked, unknown or no longer allowed address is "Page not found", as if it never was.
 */
@RestController
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarService calendar;

	CalendarFeedController(CalendarService calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/calendar/{token}")
	ResponseEntity<String> feed(@PathVariable String token) {
		String ics = this.calendar.feed(token).orElseThrow(() -> new NotFoundException("Calendar"));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header("X-Robots-Tag", "noindex")
			.body(ics);
	}

}
