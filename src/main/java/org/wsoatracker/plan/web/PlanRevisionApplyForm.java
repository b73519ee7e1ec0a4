package org.wsoatracker.plan.web;

/**
 * The form that applies the changes shown in an import's preview: it repeats the preview's fingerprint, so that only
 * the very changes shown are made.
 */
public class PlanRevisionApplyForm {

	private String fingerprint = "";

	public String getFingerprint() {
		return this.fingerprint;
	}

	public void setFingerprint(String fingerprint) {
		this.fingerprint = fingerprint;
	}

}
