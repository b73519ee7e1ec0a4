package org.wsoatracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The real PostgreSQL every test runs on: a Testcontainers PostgreSQL 17 where a Docker engine answers, otherwise one
 * embedded PostgreSQL 17 started from Maven jars. Either is started once and shared by the whole test run.
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
