package org.wsoatracker.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port, for tests that read the emails the application sends.
 */
public final class TestMailServer {

	private TestMailServer() {
	}

	/**
	 * A mail server, started.
	 */
	public static GreenMail start() {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		mail.start();
		return mail;
	}

	/**
	 * Points the application's mail settings at the server, from a {@code @DynamicPropertySource} method.
	 */
	public static void sendThrough(GreenMail mail, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
	}

}
