package org.wsoatracker.progress.reminders;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.shared.mail.LoggingMailer;
import org.wsoatracker.shared.mail.Mailer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Which mail sender reminders use, and that the schedule can be switched off; without starting the application.
 */
class ReminderConfigurationTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
		.withUserConfiguration(ReminderConfiguration.class)
		.withBean(DataSource.class, SimpleDriverDataSource::new) // never connected to here
		.withBean(DueUpdates.class, () -> new DueUpdates(JdbcClient.create(new SimpleDriverDataSource())))
		.withBean(PlanService.class, () -> mock(PlanService.class)) // never asked here
		.withBean(ITemplateEngine.class, SpringTemplateEngine::new)
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(Mailer.class, LoggingMailer::new)
		.withPropertyValues("wsoa.reminders.cron=-");

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
