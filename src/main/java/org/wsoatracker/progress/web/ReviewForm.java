package org.wsoatracker.progress.web;

/**
 * A board member's decision on one update.
 */
public class ReviewForm {

	private String decision;

	private String comment = "";

	public String getDecision() {
		return this.decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
