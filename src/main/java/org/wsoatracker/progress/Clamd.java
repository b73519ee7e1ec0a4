package org.wsoatracker.progress;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client of ClamAV's scanning daemon, clamd, over TCP or a unix socket, speaking its INSTREAM command: the
 * command, then the content in chunks each preceded by its length (four bytes, network order), then a chunk of length
 * zero; clamd answers {@code stream: OK} or {@code stream: <virus name> FOUND}. Every exchange is bounded in time: the
 * connection must be made within the connect timeout, and the content sent and the answer received within the
 * timeout; past either, the connection is closed (by a daemon thread that lives while a scan is under way), which
 * ends whatever was waiting on it.
 */
final class Clamd {

	private static final int CHUNK_BYTES = 64 * 1024;

	private static final int MAX_ANSWER_BYTES = 1024;

	private final SocketAddress address;

	private final Duration connectTimeout;

	private final Duration timeout;

	private final ScheduledThreadPoolExecutor deadlines;

	private Clamd(SocketAddress address, Duration connectTimeout, Duration timeout) {
		this.address = address;
		this.connectTimeout = connectTimeout;
		this.timeout = timeout;
		this.deadlines = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "clamd-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		this.deadlines.setRemoveOnCancelPolicy(true);
		this.deadlines.setKeepAliveTime(1, TimeUnit.MINUTES);
		this.deadlines.allowCoreThreadTimeOut(true); // no thread is left waiting between scans
	}

	static Clamd tcp(String host, int port, Duration connectTimeout, Duration timeout) {
		return new Clamd(InetSocketAddress.createUnresolved(host, port), connectTimeout, timeout);
	}

	static Clamd unixSocket(String path, Duration connectTimeout, Duration timeout) {
		return new Clamd(UnixDomainSocketAddress.of(path), connectTimeout, timeout);
	}

	/**
	 * The name clamd gives the virus it found in the content, or empty when it found none.
	 * @throws IOException when clamd cannot be reached, does not answer in time or answers anything else (such as
	 * {@code INSTREAM size limit exceeded. ERROR} for content longer than its StreamMaxLength)
	 */
	Optional<String> scan(byte[] content) throws IOException {
		SocketAddress target = resolved();
		try (SocketChannel channel = target instanceof UnixDomainSocketAddress
				? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open()) {
			within(this.connectTimeout, channel, "connection", () -> channel.connect(target));
			return verdict(within(this.timeout, channel, "answer", () -> exchange(channel, content)));
		}
	}

	@Override
	public String toString() {
		return "clamd at " + (this.address instanceof InetSocketAddress host
				? host.getHostString() + ":" + host.getPort() : this.address);
	}

	/**
	 * Runs a step of the exchange, closing the channel if it takes longer than the limit.
	 */
	private <T> T within(Duration limit, SocketChannel channel, String what, Step<T> step) throws IOException {
		AtomicBoolean late = new AtomicBoolean();
		ScheduledFuture<?> deadline = this.deadlines.schedule(() -> {
			late.set(true);
			try {
				channel.close();
			}
			catch (IOException ex) {
				// closed all the same
			}
		}, limit.toMillis(), TimeUnit.MILLISECONDS);
		try {
			return step.run();
		}
		catch (IOException ex) {
			throw late.get() ? new IOException("No " + what + " from " + this + " within " + limit.toMillis() + " ms", ex)
					: ex;
		}
		finally {
			deadline.cancel(false);
		}
	}

	private static String exchange(SocketChannel channel, byte[] content) throws IOException {
		writeFully(channel, ByteBuffer.wrap("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII)));
		for (int offset = 0; offset < content.length; offset += CHUNK_BYTES) {
			int length = Math.min(CHUNK_BYTES, content.length - offset);
			writeFully(channel, ByteBuffer.allocate(4).putInt(0, length));
			writeFully(channel, ByteBuffer.wrap(content, offset, length));
		}
		writeFully(channel, ByteBuffer.allocate(4).putInt(0, 0));
		ByteBuffer answer = ByteBuffer.allocate(MAX_ANSWER_BYTES);
		while (answer.hasRemaining() && !endsWithNul(answer)) {
			if (channel.read(answer) < 0) {
				break;
			}
		}
		int end = endsWithNul(answer) ? answer.position() - 1 : answer.position();
		return new String(answer.array(), 0, end, StandardCharsets.US_ASCII).strip();
	}

	private static Optional<String> verdict(String answer) throws IOException {
		if (answer.equals("stream: OK")) {
			return Optional.empty();
		}
		if (answer.startsWith("stream: ") && answer.endsWith(" FOUND")) {
			return Optional.of(answer.substring("stream: ".length(), answer.length() - " FOUND".length()));
		}
		throw new IOException("clamd answered \"" + answer + "\"");
	}

	/**
	 * The address, a host name looked up now, so that clamd is found again when it comes back at another address.
	 */
	private SocketAddress resolved() throws IOException {
		if (this.address instanceof InetSocketAddress host) {
			InetSocketAddress resolved = new InetSocketAddress(host.getHostString(), host.getPort());
			if (resolved.isUnresolved()) {
				throw new IOException("Unknown host " + host.getHostString() + " for clamd");
			}
			return resolved;
		}
		return this.address;
	}

	private static void writeFully(SocketChannel channel, ByteBuffer buffer) throws IOException {
		while (buffer.hasRemaining()) {
			channel.write(buffer);
		}
	}

	private static boolean endsWithNul(ByteBuffer buffer) {
		return buffer.position() > 0 && buffer.get(buffer.position() - 1) == 0;
	}

	@FunctionalInterface
	private interface Step<T> {

		T run() throws IOException;

	}

}
