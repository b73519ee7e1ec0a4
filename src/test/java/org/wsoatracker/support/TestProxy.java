package org.wsoatracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

import org.springframework.util.FileSystemUtils;

/**
 * A real nginx (Debian's) started for a test, on a free port of 127.0.0.1, in front of instances of the application
 * running on this machine: it runs {@value #CONFIG}, the file Docker Compose gives the official nginx image, with only
 * the instances' addresses, its own port and its access log's path put in. Without nginx installed, the test is
 * skipped with a message, except on CI ({@code CI} set), where it fails: {@code .ci/run} installs nginx.
 */
public final class TestProxy implements AutoCloseable {

	/** The proxy's configuration in docker-compose.yml's two-nodes profile. */
	public static final String CONFIG = "docker/nginx/wsoa.conf";

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private static final Pattern UPSTREAM = Pattern.compile("upstream=127\\.0\\.0\\.1:(\\d+)");

	private final Path folder;

	private final int port;

	private Process process;

	private TestProxy(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/**
	 * Starts nginx in front of the instances listening on these ports of 127.0.0.1 (as many as the configuration
	 * names), and waits until it accepts connections.
	 */
	public static TestProxy start(int... instancePorts) throws IOException {
		assumeInstalled();
		Path folder = Files.createTempDirectory("wsoa-nginx-");
		// nginx's worker may run as another user ("nobody", when the test runs as root): it must reach its temp folder.
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path temp = Files.createDirectory(folder.resolve("temp"));
		Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxrwxrwx"));
		TestProxy proxy = new TestProxy(folder, LocalPorts.free());
		Files.writeString(folder.resolve("wsoa.conf"), proxy.site(Files.readString(Path.of(CONFIG)), instancePorts));
		Files.writeString(folder.resolve("nginx.conf"), """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events {}
				http {
				    client_body_temp_path %2$s/body;
				    proxy_temp_path %2$s/proxy;
				    fastcgi_temp_path %2$s/fastcgi;
				    uwsgi_temp_path %2$s/uwsgi;
				    scgi_temp_path %2$s/scgi;
				    include %1$s/wsoa.conf;
				}
				""".formatted(folder, temp));
		proxy.process = new ProcessBuilder(NGINX.toString(), "-e", folder.resolve("error.log").toString(), "-c",
				folder.resolve("nginx.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("nginx.out").toFile())
			.start();
		Instant giveUp = Instant.now().plus(START_TIMEOUT);
		while (!proxy.accepts()) {
			if (!proxy.process.isAlive() || Instant.now().isAfter(giveUp)) {
				String why = proxy.read("nginx.out") + proxy.read("error.log");
				proxy.close();
				throw new IllegalStateException("nginx did not start: " + why);
			}
			LocalPorts.pause(50);
		}
		return proxy;
	}

	/**
	 * Skips the test when nginx is not installed (fails it on CI): to call before starting what it needs besides.
	 */
	public static void assumeInstalled() {
		boolean installed = Files.isExecutable(NGINX);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("The two-node tests need nginx at " + NGINX
					+ ": .ci/run installs it with apt-get install -y nginx");
		}
		Assumptions.assumeTrue(installed, "Skipping the two-node tests: install nginx (apt-get install -y nginx)");
	}

	public int port() {
		return this.port;
	}

	/**
	 * The port of the instance that answered the request nginx gave this id (its X-Request-Id), from nginx's access
	 * log, where the line is written once the answer has gone.
	 */
	public int instanceThatAnswered(String requestId) {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(5));
		while (Instant.now().isBefore(giveUp)) {
			for (String line : read("access.log").split("\n")) {
				if (line.endsWith("request_id=" + requestId)) {
					Matcher upstream = UPSTREAM.matcher(line);
					if (!upstream.find()) {
						throw new AssertionError("No instance answered the request: " + line);
					}
					return Integer.parseInt(upstream.group(1));
				}
			}
			LocalPorts.pause(20);
		}
		throw new AssertionError("nginx logged no request " + requestId + ":\n" + read("access.log"));
	}

	@Override
	public void close() {
		if (this.process != null) {
			this.process.destroy(); // SIGTERM: nginx's fast shutdown
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
		FileSystemUtils.deleteRecursively(this.folder.toFile());
	}

	/**
	 * The configuration with the instances on this machine in place of Compose's, the proxy on its free port and its
	 * access log in the test's folder. Fails when the file no longer has what is replaced, rather than test another.
	 */
	private String site(String config, int... instancePorts) {
		Matcher servers = Pattern.compile("(?m)^(\\s*)server [a-z0-9-]+:8080;$").matcher(config);
		StringBuilder site = new StringBuilder();
		int found = 0;
		while (servers.find()) {
			if (found == instancePorts.length) {
				throw new IllegalArgumentException(CONFIG + " names more instances than the " + instancePorts.length
						+ " given");
			}
			servers.appendReplacement(site, "$1server 127.0.0.1:" + instancePorts[found++] + ";");
		}
		servers.appendTail(site);
		if (found != instancePorts.length) {
			throw new IllegalArgumentException(CONFIG + " names " + found + " instances, not " + instancePorts.length);
		}
		return replaceOnce(replaceOnce(site.toString(), "listen 80;", "listen 127.0.0.1:" + this.port + ";"),
				"/var/log/nginx/access.log", this.folder.resolve("access.log").toString());
	}

	private static String replaceOnce(String text, String target, String replacement) {
		if (text.indexOf(target) < 0 || text.indexOf(target) != text.lastIndexOf(target)) {
			throw new IllegalArgumentException(CONFIG + " should hold '" + target + "' once");
		}
		return text.replace(target, replacement);
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String read(String file) {
		try {
			Path path = this.folder.resolve(file);
			return Files.exists(path) ? Files.readString(path) : "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
