package org.wsoatracker.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanDateTests {

	@Test
	void monthPrecisionCoversTheWholeMonth() {
		PlanDate february = PlanDate.parse("2020-02");

		assertThat(february.precision()).isEqualTo(PlanDate.Precision.MONTH);
		assertThat(february.date()).isEqualTo(LocalDate.of(2020, 2, 1));
		assertThat(february.lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
		assertThat(february.display()).isEqualTo("February 2020");
		assertThat(february.iso()).isEqualTo("2020-02");
	}

	@Test
	void dayPrecisionIsThatDay() {
		PlanDate letter = PlanDate.parse("2020-02-18");

		assertThat(letter.lastDay()).isEqualTo(LocalDate.of(2020, 2, 18));
		assertThat(letter.display()).isEqualTo("18 February 2020");
		assertThat(letter.iso()).isEqualTo("2020-02-18");
	}

	@Test
	void blankIsNoDateAndNonsenseIsRefused() {
		assertThat(PlanDate.parse(" ")).isNull();
		assertThatThrownBy(() -> PlanDate.parse("2020-13")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PlanDate.parse("February")).isInstanceOf(IllegalArgumentException.class);
	}

}
