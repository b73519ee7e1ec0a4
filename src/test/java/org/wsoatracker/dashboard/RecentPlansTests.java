package org.wsoatracker.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecentPlansTests {

	@Test
	void thePlanShownLeastRecentlyIsLetGoFirst() {
		RecentPlans<String> kept = new RecentPlans<>(2);
		kept.put(1, "York");
		kept.put(2, "Leeds");
		assertThat(kept.get(1)).isEqualTo("York"); // York shown again: Leeds is now the least recent

		kept.put(3, "Hull");

		assertThat(kept.get(2)).isNull();
		assertThat(kept.get(1)).isEqualTo("York");
		assertThat(kept.get(3)).isEqualTo("Hull");
		assertThat(kept.size()).isEqualTo(2);
	}

	@Test
	void aPlanKeptAgainReplacesWhatWasKeptForIt() {
		RecentPlans<String> kept = new RecentPlans<>(2);
		kept.put(1, "version 1");
		kept.put(1, "version 2");

		assertThat(kept.get(1)).isEqualTo("version 2");
		assertThat(kept.size()).isOne();
	}

	@Test
	void atLeastOnePlansIsKept() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RecentPlans<>(0));
	}

}
