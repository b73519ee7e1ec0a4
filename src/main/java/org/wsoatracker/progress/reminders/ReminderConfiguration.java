package org.wsoatracker.progress.reminders;

import java.time.Clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.thymeleaf.ITemplateEngine;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.shared.mail.Mailer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderConfiguration {

	@Bean
	ReminderService reminderService(DueUpdates dueUpdates, PlanService plans, ITemplateEngine templateEngine,
			@Value("${wsoa.base-url:http://localhost:8080}") String baseUrl, Mailer mailer,
			ReminderProperties properties, Clock clock) {
		return new ReminderService(dueUpdates, plans,
				new ReminderMessages(templateEngine, baseUrl, properties.repeatEveryDays()), mailer, properties,
				clock);
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
