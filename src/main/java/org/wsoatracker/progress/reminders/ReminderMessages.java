package org.wsoatracker.progress.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.wsoatracker.shared.mail.Email;

/**
 * Writes a lead's reminder: one email listing every action of theirs that still needs an update, grouped by plan and
 * reporting period, each with a link to its update form.
 */
class ReminderMessages {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private final ITemplateEngine templates;

	private final String baseUrl;

	private final int repeatEveryDays;

	/**
	 * @param baseUrl the address the service is reached at, without a trailing slash
	 */
	ReminderMessages(ITemplateEngine templates, String baseUrl, int repeatEveryDays) {
		this.templates = templates;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.repeatEveryDays = repeatEveryDays;
	}

	/**
	 * @param due the lead's actions that need an update, all for the same person
	 */
	Email write(List<DueUpdate> due, LocalDate today) {
		DueUpdate first = due.get(0);
		List<Section> sections = sections(due, today);
		String subject = subject(due);
		String greeting = "Dear " + oneLine(first.personName()) + ",";
		String intro = (due.size() == 1 ? "You lead an action that still needs a progress update"
				: "You lead " + due.size() + " actions that still need a progress update")
				+ ". Write the update and submit it to the Improvement Board: a saved draft does not count.";
		String repeat = "You will be reminded every " + days(this.repeatEveryDays)
				+ (due.size() == 1 ? " until the update is submitted or the reporting period is closed."
						: " until each update is submitted or its reporting period is closed.");
		String signature = "WSOA Tracker, for the written statement of action (WSOA) after the SEND inspection";

		StringBuilder text = new StringBuilder();
		text.append(greeting).append("\n\n").append(intro).append("\n");
		for (Section section : sections) {
			text.append("\n").append(section.planTitle()).append("\n").append(section.dueText()).append("\n\n");
			for (Item item : section.items()) {
				text.append("- Action ").append(item.number()).append(": ").append(item.outcome()).append("\n");
				text.append("  Write the update: ").append(item.link()).append("\n");
			}
		}
		text.append("\n").append(repeat).append("\n\n").append(signature).append("\n");

		Context context = new Context(Locale.UK);
		context.setVariable("subject", subject);
		context.setVariable("greeting", greeting);
		context.setVariable("intro", intro);
		context.setVariable("sections", sections);
		context.setVariable("repeat", repeat);
		context.setVariable("signature", signature);
		String html = this.templates.process("reminders/reminder-email", context);
		return new Email(first.email(), subject, text.toString(), html);
	}

	private List<Section> sections(List<DueUpdate> due, LocalDate today) {
		Map<Long, List<DueUpdate>> byPeriod = new LinkedHashMap<>();
		due.forEach(update -> byPeriod.computeIfAbsent(update.periodId(), id -> new ArrayList<>()).add(update));
		return byPeriod.values().stream().map(updates -> {
			DueUpdate period = updates.get(0);
			String dueText = MONTH.format(period.month()) + " reporting period: "
					+ (period.dueDate().isBefore(today) ? "updates were due by " + DATE.format(period.dueDate())
							+ " and are overdue" : "updates are due by " + DATE.format(period.dueDate()));
			List<Item> items = updates.stream()
				.map(update -> new Item(oneLine(update.actionNumber()), oneLine(update.outcome()),
						this.baseUrl + "/actions/" + update.actionId() + "/updates/new"))
				.toList();
			return new Section(oneLine(period.planTitle()), dueText, items);
		}).toList();
	}

	private static String subject(List<DueUpdate> due) {
		LocalDate earliest = due.stream().map(DueUpdate::dueDate).min(LocalDate::compareTo).orElseThrow();
		String what = due.size() == 1 ? "Progress update for action " + oneLine(due.get(0).actionNumber())
				: due.size() + " progress updates";
		return "Reminder: " + what + " due by " + DATE.format(earliest);
	}

	private static String days(int days) {
		return days == 1 ? "day" : days + " days";
	}

	/**
	 * Text on one line: no line breaks or other control characters (which in a subject could add mail headers).
	 */
	static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
	}

	record Section(String planTitle, String dueText, List<Item> items) {
	}

	record Item(String number, String outcome, String link) {
	}

}
