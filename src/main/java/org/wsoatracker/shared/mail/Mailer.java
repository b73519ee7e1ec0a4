package org.wsoatracker.shared.mail;

/**
 * Sends emails (reminders, invitations, password reset links): through the mail server when one is set, otherwise
 * into the log.
 */
public interface Mailer {

	/**
	 * @throws org.springframework.mail.MailException when the email could not be handed to the mail server
	 */
	void send(Email email);

}
