package org.wsoatracker.progress;

/**
 * Evidence to add with an update: a link (title and url) or a checked file (title and file).
 */
public record NewEvidence(String title, String url, EvidenceFiles.Checked file) {

	public static NewEvidence link(String title, String url) {
		return new NewEvidence(title, url, null);
	}

	public static NewEvidence file(String title, EvidenceFiles.Checked file) {
		return new NewEvidence(title, null, file);
	}

}
