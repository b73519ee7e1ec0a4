package org.wsoatracker.progress.reminders;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which mail sender reminders use, and that the schedule can be switched off; without starting the application.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReminderConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(ReminderConfiguration.class)
		.withBean(DataSource.class, SimpleDriverDataSource::new) // never connected to here
		.withBean(DueUpdates.class, () -> new DueUpdates(JdbcClient.create(new SimpleDriverDataSource())))
		.withBean(ITemplateEngine.class, SpringTemplateEngine::new)
		.withBean(Clock.class, Clock::systemUTC)
		.withPropertyValues("wsoa.reminders.cron=-");

	@Test
	void withoutAMailServerRemindersAreLoggedNotSent() {
		this.context.run(context -> assertThat(context).getBean(ReminderMailer.class)
			.isInstanceOf(LoggingReminderMailer.class));
		this.context.withPropertyValues("spring.mail.host=")
			.run(context -> assertThat(context).getBean(ReminderMailer.class)
				.isInstanceOf(LoggingReminderMailer.class));
	}

	@Test
	void withAMailServerRemindersGoThroughIt() {
		this.context.withPropertyValues("spring.mail.host=smtp.example.org", "spring.mail.port=2525")
			.run(context -> assertThat(context).getBean(ReminderMailer.class).isInstanceOf(SmtpReminderMailer.class));
	}

	@Test
	void theLoggingSenderWritesTheWholeEmailToTheLog(CapturedOutput output) {
		new LoggingReminderMailer()
			.send(new ReminderEmail("lead@example.org", "Reminder: Progress update for action 1.1 due by 31 May 2040",
					"Dear Maxine Squire,\n\nWrite the update: http://localhost:8080/actions/7/updates/new\n", "<p>x</p>"));

		assertThat(output).contains("To: lead@example.org",
				"Subject: Reminder: Progress update for action 1.1 due by 31 May 2040",
				"Write the update: http://localhost:8080/actions/7/updates/new");
	}

	@Test
	void theScheduleIsOnByDefaultAndCanBeSwitchedOff() {
		this.context.run(context -> {
			assertThat(context).hasSingleBean(ReminderJob.class).hasSingleBean(LockProvider.class);
			ReminderProperties properties = context.getBean(ReminderProperties.class);
			assertThat(properties.daysBeforeDue()).isEqualTo(5);
			assertThat(properties.repeatEveryDays()).isEqualTo(2);
			assertThat(properties.enabled()).isTrue();
		});
		this.context.withPropertyValues("wsoa.reminders.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(ReminderJob.class)
				.doesNotHaveBean(LockProvider.class)
				.hasSingleBean(ReminderService.class));
	}

	@Test
	void nonsenseSettingsStopTheStart() {
		this.context.withPropertyValues("wsoa.reminders.repeat-every-days=0")
			.run(context -> assertThat(context).hasFailed());
	}

}
