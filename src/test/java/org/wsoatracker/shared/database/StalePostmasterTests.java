package org.wsoatracker.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with {@code kill -9} leaves its embedded PostgreSQL running on the data directory; the next start
 * must stop it and start again on the same data. The killed run is a real second JVM here.
 */
class StalePostmasterTests {

	@TempDir
	Path dataDirectory;

	@Test
	void serverLeftByAKilledRunIsStoppedAndItsDataKept() throws Exception {
		Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KilledRun.class.getName(), this.dataDirectory.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = output.readLine()) != null && !line.equals(KilledRun.READY)) {
				// wait for the run to have started its database and written a row
			}
			assertThat(line).as("the first run started its database").isEqualTo(KilledRun.READY);
			run.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9
		}
		long pid = Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed run")
			.isEqualTo(Optional.of(true));

		StalePostmaster.stopIfLeftRunning(this.dataDirectory);

		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
		try (EmbeddedPostgres restarted = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start();
				Connection connection = restarted.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("York WSOA");
		}
	}

	@Test
	void pidFileOfAProcessThatIsGoneIsRemoved() throws Exception {
		Files.writeString(this.dataDirectory.resolve("postmaster.pid"), "999999999\n");

		StalePostmaster.stopIfLeftRunning(this.dataDirectory);

		assertThat(this.dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	/**
	 * The run that gets killed: starts PostgreSQL on the data directory, writes a row, says so, and waits.
	 */
	static final class KilledRun {

		static final String READY = "database ready";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Path.of(args[0]))
				.setCleanDataDirectory(false)
				.start();
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create table kept (name text)");
				statement.execute("insert into kept values ('York WSOA')");
			}
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(TimeUnit.MINUTES.toMillis(5));
		}

	}

}
