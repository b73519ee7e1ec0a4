package org.wsoatracker.shared.web;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wsoatracker.shared.time.Years;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is typed into a date input, reading it never fails: it is a real date in one of the service's years, or
 * nothing, with an error that says which. (jqwik properties: they run under Surefire beside the JUnit Jupiter tests.)
 */
class DatePartsTests {

	@Property(seed = "20261201")
	void whatIsTypedIsADateOfTheServiceYearsOrNothing(@ForAll("parts") String day, @ForAll("parts") String month,
			@ForAll("parts") String year) {
		DateParts parts = parts(day, month, year);

		parts.toLocalDate().ifPresent(date -> assertThat(Years.contain(date)).isTrue());
		parts.toYearMonth().ifPresent(yearMonth -> assertThat(Years.contain(yearMonth)).isTrue());
		String error = parts.error("Start date", "Start date must be a real date");
		assertThat(error).isIn("Start date must be a real date", "Start date must be in a year between 2000 and 2100");
	}

	@Property(seed = "20261201")
	void everyRealDateOfTheServiceYearsIsTaken(@ForAll("serviceDays") LocalDate date) {
		DateParts parts = DateParts.of(date);

		assertThat(parts.toLocalDate()).contains(date);
	}

	@Property(seed = "20261201")
	void aYearOutsideTheServiceYearsIsRefusedWithTheBounds(@ForAll("yearsOutside") int year) {
		DateParts parts = parts("1", "6", String.valueOf(year));

		assertThat(parts.toLocalDate()).isEmpty();
		assertThat(parts.toYearMonth()).isEmpty();
		assertThat(parts.error("Month", "Month must be a real month"))
			.isEqualTo("Month must be in a year between 2000 and 2100");
	}

	@Provide
	Arbitrary<String> parts() {
		return Arbitraries.oneOf(Arbitraries.integers().between(-20_000, 20_000).map(String::valueOf),
				Arbitraries.of("", " ", "0", "00", "13", "32", "29", "1e3", "２０２０", "-0", "+5", "2020 ", " 7"),
				Arbitraries.strings().ofMaxLength(6));
	}

	@Provide
	Arbitrary<LocalDate> serviceDays() {
		return Arbitraries.longs()
			.between(LocalDate.of(Years.FIRST, 1, 1).toEpochDay(), LocalDate.of(Years.LAST, 12, 31).toEpochDay())
			.map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<Integer> yearsOutside() {
		return Arbitraries.oneOf(Arbitraries.integers().between(-999, Years.FIRST - 1),
				Arbitraries.integers().between(Years.LAST + 1, 9999));
	}

	private static DateParts parts(String day, String month, String year) {
		DateParts parts = new DateParts();
		parts.setDay(day);
		parts.setMonth(month);
		parts.setYear(year);
		return parts;
	}

}
