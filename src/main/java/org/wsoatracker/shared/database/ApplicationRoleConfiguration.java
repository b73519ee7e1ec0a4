package org.wsoatracker.shared.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the migrations which role the application connects as, so that
 * {@code db/migration/afterMigrate__grant_application_role.sql} grants it what it needs and no more: the
 * application's user when Flyway migrates as another one (the owner of the tables, {@code spring.flyway.user}),
 * otherwise nobody (the application then connects as the owner itself). A non-blank
 * {@code spring.flyway.placeholders.application_role} wins.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationRoleConfiguration {

	static final String PLACEHOLDER = "application_role";

	@Bean
	FlywayConfigurationCustomizer applicationRolePlaceholder(ObjectProvider<JdbcConnectionDetails> application,
			ObjectProvider<FlywayConnectionDetails> migration) {
		return configuration -> {
			Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
			String given = placeholders.get(PLACEHOLDER);
			if (given == null || given.isBlank()) {
				placeholders.put(PLACEHOLDER,
						applicationRole(username(application.getIfAvailable()), username(migration.getIfAvailable())));
			}
			configuration.placeholders(placeholders);
		};
	}

	static String applicationRole(String applicationUser, String migrationUser) {
		if (applicationUser == null || applicationUser.isBlank() || migrationUser == null || migrationUser.isBlank()
				|| applicationUser.equals(migrationUser)) {
			return "";
		}
		return applicationUser;
	}

	private static String username(JdbcConnectionDetails details) {
		return (details != null) ? details.getUsername() : null;
	}

	private static String username(FlywayConnectionDetails details) {
		return (details != null) ? details.getUsername() : null;
	}

}
