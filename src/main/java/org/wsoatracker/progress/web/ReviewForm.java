package org.wsoatracker.progress.web;

/**
 * A board member's decision on one update, with the version of the update they read.
 */
public class ReviewForm {

	static final int COMMENT_MAX = 2000;

	private Long version;

	private String decision;

	private String comment = "";

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment == null ? "" : comment;
	}

}
