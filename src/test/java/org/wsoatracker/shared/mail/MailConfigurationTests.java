package org.wsoatracker.shared.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emails go through the mail server when one is set, and into the log otherwise.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(MailConfiguration.class)
		.withPropertyValues("wsoa.mail.from=wsoa-tracker@localhost");

	@Test
	void withoutAMailServerEmailsAreLoggedNotSent() {
		this.context.run(context -> assertThat(context).getBean(Mailer.class)
			.isInstanceOf(LoggingMailer.class));
		this.context.withPropertyValues("spring.mail.host=")
			.run(context -> assertThat(context).getBean(Mailer.class)
				.isInstanceOf(LoggingMailer.class));
	}

	@Test
	void withAMailServerEmailsGoThroughIt() {
		this.context.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=2525")
			.run(context -> assertThat(context).getBean(Mailer.class).isInstanceOf(SmtpMailer.class));
	}

	@Test
	void theLoggingSenderWritesTheWholeEmailToTheLog(CapturedOutput output) {
		new LoggingMailer()
			.send(new Email("lead@example.org", "Reminder: Progress update for action 1.1 due by 31 May 2040",
					"Dear Maxine Squire,\n\nWrite the update: http://localhost:8080/actions/7/updates/new\n", "<p>x</p>"));

		assertThat(output).contains("To: lead@example.org",
				"Subject: Reminder: Progress update for action 1.1 due by 31 May 2040",
				"Write the update: http://localhost:8080/actions/7/updates/new");
	}

}
