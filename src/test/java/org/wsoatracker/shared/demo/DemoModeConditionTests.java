package org.wsoatracker.shared.demo;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeConditionTests {

	@Test
	void offByDefaultEvenWithTheEmbeddedDatabase() {
		assertThat(DemoModeCondition.isDemoMode(new MockEnvironment())).isFalse();
	}

	@Test
	void onWithTheEmbeddedDatabaseWhenRunFromMaven() {
		assertThat(DemoModeCondition.isDemoMode(demoRun())).isTrue();
	}

	@Test
	void offWithYourOwnDatabase() {
		MockEnvironment environment = demoRun().withProperty("spring.datasource.url", "jdbc:postgresql://db/wsoa");
		assertThat(DemoModeCondition.isDemoMode(environment)).isFalse();
	}

	@Test
	void offWhenTheEmbeddedDatabaseIsSwitchedOff() {
		MockEnvironment environment = demoRun().withProperty("wsoa.embedded-database.enabled", "false");
		assertThat(DemoModeCondition.isDemoMode(environment)).isFalse();
	}

	private static MockEnvironment demoRun() {
		return new MockEnvironment().withProperty("wsoa.demo.on-embedded-database", "true");
	}

	@Test
	void explicitSettingWinsEitherWay() {
		assertThat(DemoModeCondition.isDemoMode(new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/wsoa")
			.withProperty("wsoa.demo.enabled", "true"))).isTrue();
		assertThat(DemoModeCondition.isDemoMode(demoRun().withProperty("wsoa.demo.enabled", "false")))
			.isFalse();
	}

}
