package org.wsoatracker.progress.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.shared.mail.Mailer;

import org.springframework.mail.MailException;

/**
 * Sends the reminders that are due: to each lead with an email address, one email listing their actions with no
 * submitted update for their plan's open reporting period, once the period is due within
 * {@code wsoa.reminders.days-before-due} days, and again every {@code wsoa.reminders.repeat-every-days} days (counted
 * in calendar days on UK time) until the update is submitted or the period closes. No one is reminded about an
 * archived plan.
 */
class ReminderService {

	private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

	private final DueUpdates dueUpdates;

	private final PlanService plans;

	private final ReminderMessages messages;

	private final Mailer mailer;

	private final ReminderProperties properties;

	private final ZoneId zone;

	ReminderService(DueUpdates dueUpdates, PlanService plans, ReminderMessages messages, Mailer mailer,
			ReminderProperties properties, Clock clock) {
		this.dueUpdates = dueUpdates;
		this.plans = plans;
		this.messages = messages;
		this.mailer = mailer;
		this.properties = properties;
		this.zone = clock.getZone();
	}

	/**
	 * Sends every reminder due at {@code now}: at most one email per lead.
	 * @return how many emails went out
	 */
	int sendDue(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		LocalDate lastDueDate = today.plusDays(this.properties.daysBeforeDue());
		// Reminded on this day or one of the days after it: too soon for another one.
		Instant remindedSince = today.minusDays(this.properties.repeatEveryDays() - 1L).atStartOfDay(this.zone).toInstant();
		Set<Long> inUse = this.plans.plans().stream().map(PlanSummary::id).collect(Collectors.toSet());
		Map<Long, List<DueUpdate>> byPerson = new LinkedHashMap<>();
		for (DueUpdate due : this.dueUpdates.find(lastDueDate, remindedSince)) {
			if (inUse.contains(due.planId())) {
				byPerson.computeIfAbsent(due.personId(), id -> new ArrayList<>()).add(due);
			}
		}
		int sent = 0;
		for (Map.Entry<Long, List<DueUpdate>> lead : byPerson.entrySet()) {
			List<DueUpdate> due = lead.getValue();
			try {
				this.mailer.send(this.messages.write(due, today));
			}
			catch (MailException ex) {
				log.warn("Could not send a reminder to person {}; it will be tried again on the next run", lead.getKey(),
						ex);
				continue;
			}
			this.dueUpdates.recordSent(lead.getKey(), due.stream().map(DueUpdate::periodId).distinct().toList(), now);
			sent++;
		}
		if (sent > 0) {
			log.info("Sent {} reminder email(s) to leads", sent);
		}
		return sent;
	}

}
