package org.wsoatracker.progress;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The virus scanning of evidence files ({@code wsoa.evidence.scan.*}, set through the {@code WSOA_CLAMD_*}
 * environment variables): clamd's host and port, or its unix socket; neither means no scanning.
 *
 * @param clamdHost the host clamd listens on (its TCPSocket), or blank
 * @param clamdPort clamd's TCP port
 * @param clamdSocket the path of clamd's unix socket (its LocalSocket), or blank
 * @param connectTimeout how long to wait for a connection to clamd
 * @param timeout how long to wait, once connected, for a file to be sent and its verdict to come back
 * @param whenUnavailable what to do with a file when clamd cannot be reached, does not answer in time or answers with
 * an error
 */
@ConfigurationProperties("wsoa.evidence.scan")
@Validated
record EvidenceScanProperties(String clamdHost, @DefaultValue("3310") @Min(1) @Max(65535) int clamdPort,
		String clamdSocket, @DefaultValue("2s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
		@DefaultValue("15s") @NotNull @DurationMin(millis = 1) Duration timeout,
		@DefaultValue("refuse") @NotNull WhenUnavailable whenUnavailable) {

	enum WhenUnavailable {

		/** The upload is refused: the lead is asked to try again later. */
		REFUSE,
		/** The file is stored without a scan, and a warning logged. */
		ACCEPT

	}

	boolean hasHost() {
		return this.clamdHost != null && !this.clamdHost.isBlank();
	}

	boolean hasSocket() {
		return this.clamdSocket != null && !this.clamdSocket.isBlank();
	}

}
