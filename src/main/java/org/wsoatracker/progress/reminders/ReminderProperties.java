package org.wsoatracker.progress.reminders;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reminder settings ({@code wsoa.reminders.*}).
 *
 * @param enabled whether the scheduled job runs at all
 * @param daysBeforeDue how many days before a period's due date the first reminder goes out
 * @param repeatEveryDays how many days to wait before reminding the same lead about the same period again
 * @param cron when the job looks for reminders to send (Spring cron, six fields; "-" never)
 */
@ConfigurationProperties("wsoa.reminders")
@Validated
record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5") @Min(0) int daysBeforeDue,
		@DefaultValue("2") @Min(1) int repeatEveryDays, @DefaultValue("0 0 * * * *") @NotBlank String cron) {
}
