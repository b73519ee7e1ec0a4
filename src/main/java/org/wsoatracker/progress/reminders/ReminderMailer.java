package org.wsoatracker.progress.reminders;

/**
 * Sends reminder emails: through the mail server when one is set, otherwise into the log.
 */
interface ReminderMailer {

	/**
	 * @throws org.springframework.mail.MailException when the email could not be handed to the mail server
	 */
	void send(ReminderEmail email);

}
