package org.wsoatracker.progress.reminders;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ReminderConfiguration.class);

	@Bean
	ReminderService reminderService(DueUpdates dueUpdates, ITemplateEngine templateEngine,
			@Value("${wsoa.base-url:http://localhost:8080}") String baseUrl, ReminderMailer reminderMailer,
			ReminderProperties properties, Clock clock) {
		return new ReminderService(dueUpdates,
				new ReminderMessages(templateEngine, baseUrl, properties.repeatEveryDays()), reminderMailer, properties,
				clock);
	}

	/**
	 * Sends through the mail server when {@code spring.mail.host} is set (Spring Boot then makes the
	 * {@link JavaMailSender}); otherwise writes each reminder to the log.
	 */
	@Bean
	ReminderMailer reminderMailer(Environment environment, ObjectProvider<JavaMailSender> mailSender,
			ReminderProperties properties) {
		String host = environment.getProperty("spring.mail.host", "");
		if (host.isBlank()) {
			log.info("No mail server is set (spring.mail.host): reminder emails will be written to the log, not sent");
			return new LoggingReminderMailer();
		}
		return new SmtpReminderMailer(mailSender.getObject(), properties.from());
	}

	/**
	 * The schedule, unless {@code wsoa.reminders.enabled} is false. The lock lives in the database (the
	 * {@code shedlock} table) and uses the database's clock, so instances whose clocks differ still agree.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "wsoa.reminders.enabled", matchIfMissing = true)
	@EnableScheduling
	@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
	static class Scheduling {

		@Bean
		LockProvider lockProvider(DataSource dataSource) {
			return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.usingDbTime()
				.build());
		}

		@Bean
		ReminderJob reminderJob(ReminderService reminderService, Clock clock) {
			return new ReminderJob(reminderService, clock);
		}

	}

}
