package org.wsoatracker.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoatracker.WsoaTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's backup as the README gives it: stop the application, archive {@code data/pg} with tar;
 * restore: unpack the archive into an empty data directory and start the application on it. The application that
 * made the data ran in demo mode, connected as its own role: loading the demo plans, progress and published reports
 * is its ordinary work.
 */
class EmbeddedBackupAndRestoreTests {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	private static final String RAISED_BY_TRIGGER = "P0001";

	@TempDir
	Path work;

	@Test
	void aRestoredBackupHoldsEveryRowAndKeepsTheRolesAndTheAppendOnlyTriggers() throws Exception {
		Path original = Files.createDirectories(this.work.resolve("original/data")).resolve("pg");
		Map<String, String> before;
		try (ConfigurableApplicationContext app = start(original, true)) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("wsoa_app");
			assertThat(jdbc.queryForObject("select count(*) from published_report", Integer.class))
				.as("the demo reports were published by the application's role")
				.isPositive();
			assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isPositive();
			before = contents(app.getBean(EmbeddedPostgres.class));
		}

		Path archive = this.work.resolve("wsoa-backup.tar.gz");
		run("tar", "-czf", archive.toString(), "-C", original.getParent().toString(), "pg");
		Path restored = Files.createDirectories(this.work.resolve("restored/data"));
		run("tar", "-xzf", archive.toString(), "-C", restored.toString());

		// Started as it ran before the backup: a demonstration (whose data loads only where there is none) keeps its
		// demo accounts, which any other start would disable.
		try (ConfigurableApplicationContext app = start(restored.resolve("pg"), true)) {
			EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
			assertThat(contents(postgres)).as("every row of every table").isEqualTo(before);
			assertThat(before.keySet()).contains("audit_event", "published_report", "plan", "progress_update");

			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("wsoa_app");
			assertThat(DatabaseRolesTests.tableOwners(jdbc)).containsOnly("wsoa_owner");
			assertThat(DatabaseRolesTests.sqlState(jdbc, "delete from published_report"))
				.isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(DatabaseRolesTests.sqlState(jdbc, "alter table audit_event disable trigger audit_event_append_only"))
				.isEqualTo(INSUFFICIENT_PRIVILEGE);

			// Even the superuser, whom no privilege stops, meets the restored triggers.
			JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
			assertThat(DatabaseRolesTests.sqlState(superuser, "update audit_event set new_value = 'changed'"))
				.isEqualTo(RAISED_BY_TRIGGER);
			assertThat(DatabaseRolesTests.sqlState(superuser, "delete from published_report"))
				.isEqualTo(RAISED_BY_TRIGGER);
			assertThat(DatabaseRolesTests.sqlState(superuser, "truncate public_page_setting"))
				.isEqualTo(RAISED_BY_TRIGGER);
			assertThat(contents(postgres)).isEqualTo(before);
		}
	}

	private static ConfigurableApplicationContext start(Path dataDirectory, boolean demo) {
		return new SpringApplicationBuilder(WsoaTrackerApplication.class).run(
				"--wsoa.embedded-database.data-directory=" + dataDirectory, "--server.port=0",
				"--wsoa.demo.enabled=" + demo, "--wsoa.reminders.enabled=false");
	}

	/**
	 * Each table of the application's schema with a digest of all its rows, read as the superuser.
	 */
	private static Map<String, String> contents(EmbeddedPostgres postgres) throws SQLException {
		JdbcTemplate superuser = new JdbcTemplate(postgres.getPostgresDatabase());
		List<String> tables = superuser.queryForList(
				"select tablename from pg_tables where schemaname = 'public' order by tablename", String.class);
		Map<String, String> contents = new LinkedHashMap<>();
		for (String table : tables) {
			contents.put(table, superuser.queryForObject("select count(*) || ' ' || md5(coalesce(string_agg(t::text, "
					+ "E'\\n' order by t::text), '')) from " + table + " t", String.class));
		}
		return contents;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).inheritIO().start();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
	}

}
