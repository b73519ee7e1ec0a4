package org.wsoatracker.progress.reminders;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminders on the schedule {@code wsoa.reminders.cron}. Every instance of the service schedules it; the lock
 * in the database lets one of them run it at a time, and holds for at least a few minutes so that an instance whose
 * clock is a little behind does not start it again straight after.
 */
class ReminderJob {

	static final String LOCK_NAME = "wsoa-reminders";

	private final ReminderService reminders;

	private final Clock clock;

	ReminderJob(ReminderService reminders, Clock clock) {
		this.reminders = reminders;
		this.clock = clock;
	}

	@Scheduled(cron = "${wsoa.reminders.cron:0 0 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = LOCK_NAME, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
	public void run() {
		this.reminders.sendDue(this.clock.instant());
	}

}
