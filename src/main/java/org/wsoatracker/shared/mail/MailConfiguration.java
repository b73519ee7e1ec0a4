package org.wsoatracker.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	/**
	 * Sends through the mail server when {@code spring.mail.host} is set (Spring Boot then makes the
	 * {@link JavaMailSender}); otherwise writes each email to the log.
	 */
	@Bean
	Mailer mailer(Environment environment, ObjectProvider<JavaMailSender> mailSender,
			@Value("${wsoa.mail.from}") String from) {
		String host = environment.getProperty("spring.mail.host", "");
		if (host.isBlank()) {
			log.info("No mail server is set (spring.mail.host): emails will be written to the log, not sent");
			return new LoggingMailer();
		}
		return new SmtpMailer(mailSender.getObject(), from);
	}

}
