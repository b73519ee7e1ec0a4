package org.wsoatracker.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the application is killed without a chance to shut down, its embedded PostgreSQL keeps running and holds
 * {@code postmaster.pid}, so the next start would fail. This stops such a left-over server before a new one starts.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

	private StalePostmaster() {
	}

	static void stopIfLeftRunning(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(StalePostmaster::isPostgres);
		if (postmaster.isEmpty()) {
			log.info("Removing stale {} (no PostgreSQL runs with that process id)", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("PostgreSQL (pid {}) from an earlier run still holds {}; stopping it", process.pid(), dataDirectory);
		process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, then the data directory is released
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (process.isAlive() && Instant.now().isBefore(deadline)) {
			sleep();
		}
		if (process.isAlive()) {
			process.destroyForcibly();
			sleep();
		}
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).flatMap(line -> {
			try {
				return Optional.of(Long.parseLong(line));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		});
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
