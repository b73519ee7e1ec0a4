package org.wsoatracker.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Runs a real PostgreSQL from binaries shipped in Maven jars when no {@code spring.datasource.url} is given, keeping
 * its data in {@code wsoa.embedded-database.data-directory} between runs. Boot's own pool, Flyway and JPA set-up then
 * connect to it through {@link JdbcConnectionDetails} and {@link FlywayConnectionDetails} as they would to any other
 * server.
 * <p>
 * The library starts PostgreSQL with settings meant for throw-away test databases ({@code -F}, that is
 * {@code fsync=off}, and {@code synchronous_commit=off}): a save answered as done could be lost when the server or the
 * machine stops abruptly. The application's data must outlive both, so every setting that makes a commit durable is
 * turned back on here (PostgreSQL takes the last value given, and these {@code -c} options come after {@code -F}).
 * <p>
 * At each start the superuser makes sure of the roles in {@code db/roles.sql}: Flyway migrates as
 * {@value #OWNER_ROLE}, which owns the tables, and the application connects as {@value #APPLICATION_ROLE}, which
 * cannot alter or drop them nor disable their triggers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and '${wsoa.embedded-database.enabled:true}' == 'true'")
class EmbeddedDatabaseConfiguration {

	static final String OWNER_ROLE = "wsoa_owner";

	static final String APPLICATION_ROLE = "wsoa_app";

	static final String DATABASE = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${wsoa.embedded-database.data-directory}") String dataDirectory)
			throws IOException, SQLException {
		Path directory = Path.of(dataDirectory).toAbsolutePath();
		StalePostmaster.stopIfLeftRunning(directory);
		log.info("Starting embedded PostgreSQL with data in {}", directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
		try {
			createRoles(postgres);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return postgres;
	}

	private static void createRoles(EmbeddedPostgres postgres) throws IOException, SQLException {
		String script;
		try (InputStream in = new ClassPathResource("db/roles.sql").getInputStream()) {
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(script);
		}
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return APPLICATION_ROLE;
			}

			@Override
			public String getPassword() {
				return null; // the embedded server trusts local connections
			}

			@Override
			public String getJdbcUrl() {
				return jdbcUrl(postgres);
			}
		};
	}

	@Bean
	FlywayConnectionDetails embeddedPostgresFlywayConnectionDetails(EmbeddedPostgres postgres) {
		return new FlywayConnectionDetails() {
			@Override
			public String getUsername() {
				return OWNER_ROLE;
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return jdbcUrl(postgres);
			}
		};
	}

	static String jdbcUrl(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

}
