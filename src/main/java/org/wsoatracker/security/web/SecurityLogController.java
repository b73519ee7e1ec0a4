package org.wsoatracker.security.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.wsoatracker.security.SignedInUser;
import org.wsoatracker.shared.security.SecurityEvent;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;
import org.wsoatracker.shared.web.Option;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The security event log for the programme office: newest first, by person and by kind, a page at a time.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SecurityLogController {

	private static final List<Option> KINDS = Arrays.stream(SecurityEventKind.values())
		.map(kind -> new Option(kind.name(), kind.label()))
		.toList();

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private static final int MAX_PAGE = 10_000;

	private final SecurityLog securityLog;

	SecurityLogController(SecurityLog securityLog) {
		this.securityLog = securityLog;
	}

	@GetMapping("/security-log")
	String events(@RequestParam(defaultValue = "") String person, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInUser user, Model model) {
		String email = person.length() > 320 ? person.substring(0, 320) : person.trim();
		SecurityEventKind selected = KINDS.stream()
			.filter(option -> option.value().equals(kind))
			.findFirst()
			.map(option -> SecurityEventKind.valueOf(option.value()))
			.orElse(null);
		int number = pageNumber(page);
		List<SecurityEvent> events = this.securityLog.events(user.scope(), user.isServiceAdmin(), email, selected,
				number);
		boolean more = events.size() > SecurityLog.PAGE_SIZE;
		model.addAttribute("filter", new Filter(email, selected == null ? "" : selected.name()));
		model.addAttribute("kinds", KINDS);
		model.addAttribute("rows", events.stream().limit(SecurityLog.PAGE_SIZE).map(SecurityLogController::row).toList());
		model.addAttribute("page", number);
		model.addAttribute("previousHref", number > 1 ? href(email, selected, number - 1) : null);
		model.addAttribute("nextHref", more && number < MAX_PAGE ? href(email, selected, number + 1) : null);
		return "security/security-log";
	}

	private static int pageNumber(String text) {
		try {
			return Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(text.trim())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static String href(String email, SecurityEventKind kind, int page) {
		return UriComponentsBuilder.fromPath("/security-log")
			.queryParam("person", email)
			.queryParam("kind", kind == null ? "" : kind.name())
			.queryParam("page", page)
			.encode()
			.toUriString();
	}

	private static List<String> row(SecurityEvent event) {
		return List.of(WHEN.format(event.occurredAt()), event.kind().label(), orDash(event.subjectEmail()),
				orDash(event.actorEmail()), orDash(event.ipAddress()), orDash(event.detail()));
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

	/**
	 * The filter as the form shows it.
	 */
	public static class Filter {

		private final String person;

		private final String kind;

		Filter(String person, String kind) {
			this.person = person;
			this.kind = kind;
		}

		public String getPerson() {
			return this.person;
		}

		public String getKind() {
			return this.kind;
		}

	}

}
