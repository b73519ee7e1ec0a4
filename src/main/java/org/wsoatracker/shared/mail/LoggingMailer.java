package org.wsoatracker.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes emails to the log instead of sending them, when no mail server is set (as in demo mode).
 */
public class LoggingMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(LoggingMailer.class);

	@Override
	public void send(Email email) {
		log.info("Email (not sent: no mail server is set with spring.mail.host)\nTo: {}\nSubject: {}\n\n{}",
				email.to(), email.subject(), email.text());
	}

}
