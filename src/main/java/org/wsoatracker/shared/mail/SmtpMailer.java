package org.wsoatracker.shared.mail;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends emails through the mail server set with {@code spring.mail.host}: plain text with an HTML alternative.
 */
public class SmtpMailer implements Mailer {

	private final JavaMailSender mailSender;

	private final String from;

	SmtpMailer(JavaMailSender mailSender, String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	@Override
	public void send(Email email) {
		MimeMessage message = this.mailSender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(email.to());
			helper.setSubject(email.subject());
			helper.setText(email.text(), email.html());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not prepare the email", ex);
		}
		this.mailSender.send(message);
	}

}
