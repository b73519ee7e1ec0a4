package org.wsoatracker.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.security.SecurityLog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The checks of evidence uploads, with clamd when {@code WSOA_CLAMD_HOST} or {@code WSOA_CLAMD_SOCKET} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceScanProperties.class)
class EvidenceScanConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EvidenceScanConfiguration.class);

	@Bean
	EvidenceUploads evidenceUploads(EvidenceScanProperties properties, SecurityLog securityLog) {
		Clamd clamd = clamd(properties);
		if (clamd == null) {
			log.info("Evidence files are not scanned for viruses: set WSOA_CLAMD_HOST or WSOA_CLAMD_SOCKET to scan "
					+ "them with ClamAV");
		}
		else {
			log.info("Evidence files are scanned for viruses by {}; while it cannot answer they are {}", clamd,
					properties.whenUnavailable() == EvidenceScanProperties.WhenUnavailable.ACCEPT
							? "accepted unscanned" : "refused");
		}
		return new EvidenceUploads(clamd, properties.whenUnavailable(), securityLog);
	}

	/**
	 * The clamd the settings name, or null when they name none.
	 */
	private static Clamd clamd(EvidenceScanProperties properties) {
		if (properties.hasHost() && properties.hasSocket()) {
			throw new IllegalStateException("Set WSOA_CLAMD_HOST (and WSOA_CLAMD_PORT) or WSOA_CLAMD_SOCKET, not both");
		}
		if (properties.hasSocket()) {
			return Clamd.unixSocket(properties.clamdSocket().strip(), properties.connectTimeout(),
					properties.timeout());
		}
		if (properties.hasHost()) {
			return Clamd.tcp(properties.clamdHost().strip(), properties.clamdPort(), properties.connectTimeout(),
					properties.timeout());
		}
		return null;
	}

}
