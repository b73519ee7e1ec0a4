package org.wsoatracker.shared.demo;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeConditionTests {

	@Test
	void onWithTheEmbeddedDatabase() {
		assertThat(DemoModeCondition.isDemoMode(new MockEnvironment())).isTrue();
	}

	@Test
	void offWithYourOwnDatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/wsoa");
		assertThat(DemoModeCondition.isDemoMode(environment)).isFalse();
	}

	@Test
	void offWhenTheEmbeddedDatabaseIsSwitchedOff() {
		MockEnvironment environment = new MockEnvironment().withProperty("wsoa.embedded-database.enabled", "false");
		assertThat(DemoModeCondition.isDemoMode(environment)).isFalse();
	}

	@Test
	void explicitSettingWinsEitherWay() {
		assertThat(DemoModeCondition.isDemoMode(new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/wsoa")
			.withProperty("wsoa.demo.enabled", "true"))).isTrue();
		assertThat(DemoModeCondition.isDemoMode(new MockEnvironment().withProperty("wsoa.demo.enabled", "false")))
			.isFalse();
	}

}
