package org.wsoatracker.plan.spreadsheet;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.PlanDate;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTests {

	@Test
	void datesAsPlansWriteThem() {
		assertThat(CellText.date("2020-02")).contains(PlanDate.ofMonth(YearMonth.of(2020, 2)));
		assertThat(CellText.date("February 2020")).contains(PlanDate.ofMonth(YearMonth.of(2020, 2)));
		assertThat(CellText.date("february 2020")).contains(PlanDate.ofMonth(YearMonth.of(2020, 2)));
		assertThat(CellText.date("Sep 2020")).contains(PlanDate.ofMonth(YearMonth.of(2020, 9)));
		for (String september : List.of("2018-09", "Sep 2018", "Sept 2018", "SEPT 2018", "sept  2018",
				"September 2018", "09/2018", "9/2018")) {
			assertThat(CellText.date(september)).as(september).contains(PlanDate.ofMonth(YearMonth.of(2018, 9)));
		}
		assertThat(CellText.date("1 Sept 2018")).contains(PlanDate.ofDay(LocalDate.of(2018, 9, 1)));
		assertThat(CellText.date(" 2020-02-18 ")).contains(PlanDate.ofDay(LocalDate.of(2020, 2, 18)));
		assertThat(CellText.date("18/02/2020")).contains(PlanDate.ofDay(LocalDate.of(2020, 2, 18)));
		assertThat(CellText.date("8/2/2020")).contains(PlanDate.ofDay(LocalDate.of(2020, 2, 8)));
		assertThat(CellText.date("18 February 2020")).contains(PlanDate.ofDay(LocalDate.of(2020, 2, 18)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2020-02-30", "30/02/2020", "2020-13", "Febuary 2020", "2020", "02/18/2020", "soon",
			"Phase 1: Oct 2020", "2020-2" })
	void notRealDates(String text) {
		assertThat(CellText.date(text)).isEmpty();
	}

	@Test
	void numbersWithoutExponentOrTrailingZeros() {
		assertThat(CellText.number(new java.math.BigDecimal("90.00"))).isEqualTo("90");
		assertThat(CellText.number(new java.math.BigDecimal("12.50"))).isEqualTo("12.5");
		assertThat(CellText.number(new java.math.BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(CellText.number(null)).isEmpty();
	}

}
