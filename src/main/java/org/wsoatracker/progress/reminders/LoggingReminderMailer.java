package org.wsoatracker.progress.reminders;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes reminders to the log instead of sending them, when no mail server is set (as in demo mode).
 */
class LoggingReminderMailer implements ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(LoggingReminderMailer.class);

	@Override
	public void send(ReminderEmail email) {
		log.info("Reminder email (not sent: no mail server is set with spring.mail.host)\nTo: {}\nSubject: {}\n\n{}",
				email.to(), email.subject(), email.text());
	}

}
