package org.wsoatracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import org.springframework.util.FileSystemUtils;

/**
 * A real clamd (Debian's clamav-daemon) started for a test, on a free TCP port of 127.0.0.1 and a unix socket, with a
 * signature database of its own in a temporary folder: one signature, {@value #SIGNATURE}, that finds the EICAR
 * test string anywhere in a file (ClamAV's official database, which cannot be downloaded here, is neither needed nor
 * read; freshclam never runs). Without clamd installed, the test is skipped with a message, except on CI ({@code CI}
 * set), where it fails: {@code .ci/run} installs clamav-daemon.
 */
public final class TestClamd implements AutoCloseable {

	/** The EICAR anti-virus test file: harmless, and found by every scanner that has a signature for it. */
	public static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

	/** The name clamd gives what the test database finds (a signature not in ClamAV's own files is "UNOFFICIAL"). */
	public static final String SIGNATURE = "Wsoa-Test-Eicar.UNOFFICIAL";

	private static final Path CLAMD = Path.of("/usr/sbin/clamd");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

	private final Path folder;

	private final int port;

	private Process process;

	private TestClamd(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/**
	 * Starts clamd and waits until it answers.
	 */
	public static TestClamd start() throws IOException {
		boolean installed = Files.isExecutable(CLAMD);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("The virus scanning tests need ClamAV's clamd at " + CLAMD
					+ ": .ci/run installs it with apt-get install -y clamav-daemon");
		}
		Assumptions.assumeTrue(installed,
				"Skipping virus scanning tests: install clamd (apt-get install -y clamav-daemon)");
		Path folder = Files.createTempDirectory("wsoa-clamd-");
		Path database = Files.createDirectory(folder.resolve("db"));
		Files.writeString(database.resolve("wsoa-test.ndb"), "Wsoa-Test-Eicar:0:*:"
				+ HexFormat.of().formatHex(EICAR.getBytes(StandardCharsets.US_ASCII)) + "\n");
		TestClamd clamd = new TestClamd(folder, LocalPorts.free());
		Files.writeString(clamd.config(), String.join("\n", "DatabaseDirectory " + database,
				"TCPSocket " + clamd.port, "TCPAddr 127.0.0.1", "LocalSocket " + clamd.socket(), "Foreground yes",
				"StreamMaxLength 12M", "LogSyslog no", ""));
		clamd.restart();
		return clamd;
	}

	public int port() {
		return this.port;
	}

	public Path socket() {
		return this.folder.resolve("clamd.sock");
	}

	/**
	 * Starts clamd again after {@link #stop()}, on the same port and socket, and waits until it answers.
	 */
	public void restart() throws IOException {
		this.process = new ProcessBuilder(CLAMD.toString(), "--config-file=" + config()).redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("clamd.log").toFile())
			.start();
		Instant giveUp = Instant.now().plus(START_TIMEOUT);
		while (!answersPing()) {
			if (!this.process.isAlive() || Instant.now().isAfter(giveUp)) {
				stop();
				throw new IllegalStateException("clamd did not start: " + log());
			}
			LocalPorts.pause(100);
		}
	}

	/**
	 * Stops clamd, as when the scanner is down.
	 */
	public void stop() {
		if (this.process != null) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process = null;
		}
	}

	/**
	 * Freezes clamd (SIGSTOP): the kernel still accepts connections on its port, but nothing answers.
	 */
	public void freeze() throws IOException, InterruptedException {
		signal("STOP");
	}

	/**
	 * Lets a frozen clamd carry on (SIGCONT).
	 */
	public void thaw() throws IOException, InterruptedException {
		signal("CONT");
	}

	@Override
	public void close() {
		stop();
		FileSystemUtils.deleteRecursively(this.folder.toFile());
	}

	private Path config() {
		return this.folder.resolve("clamd.conf");
	}

	private void signal(String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(this.process.pid())).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + name + " failed");
		}
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 1000);
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII).startsWith("PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String log() {
		try {
			return Files.readString(this.folder.resolve("clamd.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
