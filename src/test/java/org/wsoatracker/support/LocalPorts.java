package org.wsoatracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * For the tests that start a server program of their own (clamd, nginx): a port nothing listens on, and a short wait
 * while the program starts.
 */
public final class LocalPorts {

	private LocalPorts() {
	}

	/**
	 * A port on this machine that nothing listens on now.
	 */
	public static int free() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
