package org.wsoatracker.shared.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.springframework.stereotype.Component;

/**
 * Working days in England and Wales: Monday to Friday, less the bank holidays of the maintained jollyday calendar
 * (including one-off and moved holidays such as 8 May 2020).
 */
@Component
public class WorkingDayCalendar {

	private static final String ENGLAND_AND_WALES = "eng";

	private final HolidayManager holidays = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
				&& !this.holidays.isHoliday(date, HolidayType.PUBLIC_HOLIDAY, ENGLAND_AND_WALES);
	}

	/**
	 * The day that is {@code workingDays} working days after {@code from} (which itself does not count).
	 */
	public LocalDate addWorkingDays(LocalDate from, int workingDays) {
		LocalDate date = from;
		int counted = 0;
		while (counted < workingDays) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

}
