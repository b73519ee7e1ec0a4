package org.wsoatracker.shared.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which role the migrations grant the application's privileges to.
 */
class ApplicationRoleConfigurationTests {

	@Test
	void theApplicationsUserWhenFlywayMigratesAsAnother() {
		assertThat(ApplicationRoleConfiguration.applicationRole("wsoa_app", "wsoa_owner")).isEqualTo("wsoa_app");
	}

	@Test
	void nobodyWhenTheApplicationMigratesAsItself() {
		assertThat(ApplicationRoleConfiguration.applicationRole("wsoa", null)).isEmpty();
		assertThat(ApplicationRoleConfiguration.applicationRole("wsoa", "")).isEmpty();
		assertThat(ApplicationRoleConfiguration.applicationRole("wsoa", "wsoa")).isEmpty();
		assertThat(ApplicationRoleConfiguration.applicationRole(null, "wsoa_owner")).isEmpty();
	}

}
