package org.wsoatracker.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.LocalPorts;
import org.wsoatracker.support.TestClamd;
import org.wsoatracker.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The clamd client against a real clamd with a test signature database: its verdicts over TCP and over the unix
 * socket, and the bounds on its time when clamd is away or hangs.
 */
class ClamdTests {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

	static final Duration TIMEOUT = Duration.ofSeconds(2);

	static TestClamd server;

	static Clamd tcp;

	static Clamd unixSocket;

	@BeforeAll
	static void startClamd() throws IOException {
		server = TestClamd.start();
		tcp = Clamd.tcp("127.0.0.1", server.port(), CONNECT_TIMEOUT, TIMEOUT);
		unixSocket = Clamd.unixSocket(server.socket().toString(), CONNECT_TIMEOUT, TIMEOUT);
	}

	@AfterAll
	static void stopClamd() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void cleanContentHasNoVirus() throws IOException {
		assertThat(tcp.scan(TestFiles.pdf("Minutes of the board"))).isEmpty();
		assertThat(unixSocket.scan(TestFiles.pdf("Minutes of the board"))).isEmpty();
	}

	@Test
	void theVirusFoundIsNamed() throws IOException {
		byte[] eicar = TestClamd.EICAR.getBytes(StandardCharsets.US_ASCII);

		assertThat(tcp.scan(eicar)).contains(TestClamd.SIGNATURE);
		assertThat(unixSocket.scan(eicar)).contains(TestClamd.SIGNATURE);
	}

	@Test
	void aVirusInsideAWordDocumentIsFound() throws IOException {
		byte[] docx = TestFiles.docx(
				Map.of("word/embeddings/eicar.com", TestClamd.EICAR.getBytes(StandardCharsets.US_ASCII)));

		assertThat(tcp.scan(docx)).contains(TestClamd.SIGNATURE);
	}

	@Test
	void theLargestEvidenceFileIsScannedInChunks() throws IOException {
		byte[] large = new byte[EvidenceFiles.MAX_BYTES];
		byte[] eicar = TestClamd.EICAR.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(eicar, 0, large, large.length - eicar.length, eicar.length);

		assertThat(tcp.scan(large)).contains(TestClamd.SIGNATURE);
	}

	@Test
	void contentLongerThanClamdTakesIsAnError() {
		assertThatIOException().isThrownBy(() -> tcp.scan(new byte[13 * 1024 * 1024]));
	}

	@Test
	void noClamdListeningIsAnError() throws IOException {
		int nothingThere = LocalPorts.free();
		Clamd away = Clamd.tcp("127.0.0.1", nothingThere, CONNECT_TIMEOUT, TIMEOUT);

		assertThatIOException().isThrownBy(() -> away.scan(TestFiles.pdf("Minutes")));
	}

	@Test
	void aClamdThatHangsIsGivenUpOnAfterTheTimeout() throws Exception {
		server.freeze();
		try {
			Instant asked = Instant.now();
			assertThatIOException().isThrownBy(() -> tcp.scan(new byte[EvidenceFiles.MAX_BYTES]))
				.withMessageContaining("No answer from clamd");
			assertThatIOException().isThrownBy(() -> unixSocket.scan(TestFiles.pdf("Minutes")))
				.withMessageContaining("No answer from clamd");
			assertThat(Duration.between(asked, Instant.now())).isLessThan(TIMEOUT.multipliedBy(2).plusSeconds(2));
		}
		finally {
			server.thaw();
		}
		assertThat(tcp.scan(TestFiles.pdf("Minutes"))).isEmpty();
	}

}
