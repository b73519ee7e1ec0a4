package org.wsoatracker.shared.time;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working days in England and Wales, checked against the bank holidays as announced (including those moved or added
 * by proclamation).
 */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = new WorkingDayCalendar();

	@Test
	void seventyWorkingDaysAfterYorksLetterIsTheFirstOfJune2020() {
		// Crosses Good Friday (10 April), Easter Monday (13 April), the early May bank holiday moved to Friday 8 May
		// for VE Day, and the spring bank holiday (25 May).
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2020, 2, 18), 70)).isEqualTo(LocalDate.of(2020, 6, 1));
	}

	@Test
	void theMovedMayBankHolidayOf2020IsNotAWorkingDayButTheFourthOfMayIs() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 5, 8))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 5, 4))).isTrue();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2020, 5, 7), 1)).isEqualTo(LocalDate.of(2020, 5, 11));
	}

	@Test
	void easterIsSkipped() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2021, 4, 2))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2021, 4, 5))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2021, 4, 1), 1)).isEqualTo(LocalDate.of(2021, 4, 6));
	}

	@Test
	void christmasAndTheSubstituteBoxingDayAreSkipped() {
		// 26 December 2020 was a Saturday: the bank holiday moved to Monday 28 December.
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 12, 25))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 12, 28))).isFalse();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2020, 12, 24), 1)).isEqualTo(LocalDate.of(2020, 12, 29));
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2020, 12, 21), 10)).isEqualTo(LocalDate.of(2021, 1, 7));
	}

	@Test
	void seventyWorkingDaysAcrossChristmasAndNewYear() {
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2020, 11, 2), 70)).isEqualTo(LocalDate.of(2021, 2, 11));
	}

	@Test
	void weekendsAreNotWorkingDays() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();
	}

}
