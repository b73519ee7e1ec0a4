package org.wsoatracker.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save the application was told is done must still be there after PostgreSQL is killed outright. The database is
 * started by the application's own embedded database configuration, on a data directory of the test's own.
 */
class EmbeddedDatabaseDurabilityTests {

	@TempDir
	Path dataDirectory;

	@Test
	void theServerRunsWithDurableCommits() {
		application().run(context -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
			assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
		});
	}

	@Test
	void everyAcknowledgedSaveOutlivesAPostmasterKilledWithSigkill() {
		List<String> acknowledged = new ArrayList<>();
		application().run(context -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			for (int i = 1; i <= 100; i++) {
				String code = "AREA-" + i;
				jdbc.update("insert into local_area (code, name) values (?, ?)", code, "Local area " + i);
				acknowledged.add(code); // each statement commits on its own: it returned, so the save was answered
			}
			killPostgres(this.dataDirectory);
		});
		assertThat(this.dataDirectory.resolve("postmaster.pid")).as("the killed server left its lock file").exists();

		application().run(context -> {
			assertThat(context).hasNotFailed();
			List<String> found = context.getBean(JdbcTemplate.class)
				.queryForList("select code from local_area", String.class);
			assertThat(found).containsExactlyInAnyOrderElementsOf(acknowledged);
		});
	}

	private ApplicationContextRunner application() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class))
			.withUserConfiguration(EmbeddedDatabaseConfiguration.class, ApplicationRoleConfiguration.class)
			.withPropertyValues("wsoa.embedded-database.data-directory=" + this.dataDirectory,
					"spring.flyway.locations=classpath:db/migration");
	}

	/**
	 * {@code kill -9} of the postmaster named in {@code postmaster.pid} and of every process it started, as a crash
	 * would end them: no process gets the chance to write out what it holds in memory.
	 */
	static void killPostgres(Path dataDirectory) throws IOException, InterruptedException {
		long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		assertThat(postmaster.info().command()).hasValueSatisfying(command -> assertThat(command).endsWith("/postgres"));
		List<ProcessHandle> processes = new ArrayList<>(postmaster.descendants().toList());
		processes.add(0, postmaster);
		processes.forEach(ProcessHandle::destroyForcibly); // SIGKILL
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (processes.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		assertThat(processes).as("every PostgreSQL process is gone").noneMatch(ProcessHandle::isAlive);
	}

}
