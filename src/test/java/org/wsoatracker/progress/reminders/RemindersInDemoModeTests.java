package org.wsoatracker.progress.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.TestPlans;
import org.wsoatracker.shared.mail.LoggingMailer;
import org.wsoatracker.shared.mail.Mailer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders in the application as demo mode runs it, with no mail server set: written to the log, on the default
 * hourly schedule.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RemindersInDemoModeTests {

	@Autowired
	Mailer mailer;

	@Autowired
	ReminderService reminders;

	@Autowired
	ProgressService progress;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ScheduledTaskHolder scheduledTasks;

	@Test
	void withNoMailServerRemindersAreWrittenToTheLog(CapturedOutput output) {
		assertThat(this.mailer).isInstanceOf(LoggingMailer.class);
		PlanView plan = this.testPlans.create();
		this.progress.openPeriod(plan.id(), YearMonth.of(2042, 3), LocalDate.of(2042, 3, 31), false);

		this.reminders.sendDue(LocalDateTime.parse("2042-03-27T09:00").atZone(ZoneId.of("Europe/London")).toInstant());

		assertThat(output).contains("Email (not sent: no mail server is set with spring.mail.host)",
				"To: lead@example.org", plan.title(),
				"http://localhost:8080/actions/" + plan.areas().get(0).actions().get(0).id() + "/updates/new");
	}

	@Test
	void theJobIsScheduledHourlyByDefault() {
		assertThat(this.scheduledTasks.getScheduledTasks()).anySatisfy(task -> {
			assertThat(task.getTask()).isInstanceOf(CronTask.class);
			CronTask cron = (CronTask) task.getTask();
			assertThat(cron.getExpression()).isEqualTo("0 0 * * * *");
			assertThat(cron.toString()).contains(ReminderJob.class.getName() + ".run");
		});
	}

}
