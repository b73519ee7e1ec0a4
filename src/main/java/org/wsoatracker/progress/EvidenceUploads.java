package org.wsoatracker.progress;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;

/**
 * The checks a file uploaded as evidence passes before it may be stored: its size, then a virus scan by clamd (when
 * one is configured), then its type ({@link EvidenceFiles}). A file with a virus is refused and the refusal recorded
 * in the security event log. When clamd cannot be reached, does not answer in time or answers with an error, the file
 * is refused with a request to try again later or, when so configured, let through unscanned with a warning in the
 * log.
 */
public class EvidenceUploads {

	private static final String VIRUS_FOUND = "The selected file contains a virus";

	private static final String NOT_SCANNED = "The file could not be checked for viruses just now. Try again later.";

	private static final Logger log = LoggerFactory.getLogger(EvidenceUploads.class);

	/** The scanner, or null for none. */
	private final Clamd clamd;

	private final EvidenceScanProperties.WhenUnavailable whenUnavailable;

	private final SecurityLog securityLog;

	EvidenceUploads(Clamd clamd, EvidenceScanProperties.WhenUnavailable whenUnavailable, SecurityLog securityLog) {
		this.clamd = clamd;
		this.whenUnavailable = whenUnavailable;
		this.securityLog = securityLog;
	}

	/**
	 * Checks a file uploaded as evidence of an action: returns it with its real content type and a safe name, or
	 * says what is wrong.
	 * @throws IllegalArgumentException with a message fit to show, when the file is refused
	 */
	public EvidenceFiles.Checked check(long actionId, String originalName, byte[] content) {
		EvidenceFiles.checkSize(content);
		if (this.clamd != null) {
			scan(actionId, originalName, content);
		}
		return EvidenceFiles.checkType(originalName, content);
	}

	private void scan(long actionId, String originalName, byte[] content) {
		Optional<String> virus;
		try {
			virus = this.clamd.scan(content);
		}
		catch (IOException ex) {
			if (this.whenUnavailable == EvidenceScanProperties.WhenUnavailable.ACCEPT) {
				log.warn("Evidence file of {} bytes for action {} let through without a virus scan: {}",
						content.length, actionId, ex.getMessage());
				return;
			}
			log.warn("Evidence file of {} bytes for action {} refused: it could not be scanned for viruses: {}",
					content.length, actionId, ex.getMessage());
			throw new IllegalArgumentException(NOT_SCANNED);
		}
		if (virus.isPresent()) {
			this.securityLog.record(SecurityEventKind.EVIDENCE_VIRUS_FOUND,
					"Action " + actionId + ": " + virus.get() + " in " + originalName);
			throw new IllegalArgumentException(VIRUS_FOUND);
		}
	}

}
