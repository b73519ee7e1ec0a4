package org.wsoatracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The real PostgreSQL every test runs on: a Testcontainers PostgreSQL 17 where a Docker engine answers, otherwise one
 * embedded PostgreSQL 17 started from Maven jars. Either is started once and shared by the whole test run. A test
 * that needs a database no other test has touched asks {@link #freshDatabase()} for one on the same server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static JdbcConnectionDetails shared;

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		return connectionDetails();
	}

	public static synchronized JdbcConnectionDetails connectionDetails() {
		if (shared == null) {
			shared = dockerAnswers() ? startContainer() : startEmbedded();
		}
		return shared;
	}

	/**
	 * A new, empty database with a name of its own on the shared test server (Flyway has not run on it yet), for a
	 * test that must start from nothing, as a new local area's service does. Left in place when the run ends, with
	 * the server.
	 */
	public static JdbcConnectionDetails freshDatabase() {
		JdbcConnectionDetails server = connectionDetails();
		String name = "wsoa_fresh_" + UUID.randomUUID().toString().replace("-", "");
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(),
				server.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a fresh test database", ex);
		}
		return details(withDatabase(server.getJdbcUrl(), name), server.getUsername(), server.getPassword());
	}

	/**
	 * The JDBC URL with another database name: jdbc:postgresql://host:port/name?parameters.
	 */
	static String withDatabase(String jdbcUrl, String database) {
		Matcher url = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$").matcher(jdbcUrl);
		if (!url.matches()) {
			throw new IllegalStateException("Unexpected JDBC URL of the test database: " + jdbcUrl);
		}
		return url.group(1) + "/" + database + (url.group(3) == null ? "" : url.group(3));
	}

	private static boolean dockerAnswers() {
		if ("embedded".equals(System.getProperty("wsoa.test.database"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the test run ends
	private static JdbcConnectionDetails startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		return details(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static JdbcConnectionDetails startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start(); // stops itself when the JVM exits
			return details(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static JdbcConnectionDetails details(String url, String username, String password) {
		return new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}
		};
	}

}
