package org.wsoatracker.shared.database;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs a real PostgreSQL from binaries shipped in Maven jars when no {@code spring.datasource.url} is given, keeping
 * its data in {@code wsoa.embedded-database.data-directory} between runs. Boot's own pool, Flyway and JPA set-up then
 * connect to it through {@link JdbcConnectionDetails} as they would to any other server.
 * <p>
 * The library starts PostgreSQL with settings meant for throw-away test databases ({@code -F}, that is
 * {@code fsync=off}, and {@code synchronous_commit=off}): a save answered as done could be lost when the server or the
 * machine stops abruptly. The application's data must outlive both, so every setting that makes a commit durable is
 * turned back on here (PostgreSQL takes the last value given, and these {@code -c} options come after {@code -F}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and '${wsoa.embedded-database.enabled:true}' == 'true'")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${wsoa.embedded-database.data-directory}") String dataDirectory)
			throws IOException {
		Path directory = Path.of(dataDirectory).toAbsolutePath();
		StalePostmaster.stopIfLeftRunning(directory);
		log.info("Starting embedded PostgreSQL with data in {}", directory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl("postgres", "postgres");
			}
		};
	}

}
