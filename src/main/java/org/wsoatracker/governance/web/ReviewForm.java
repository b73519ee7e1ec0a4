package org.wsoatracker.governance.web;

import java.time.LocalDate;

import org.wsoatracker.governance.GovernanceLimits;
import org.wsoatracker.governance.ReviewDetails;
import org.wsoatracker.governance.ReviewView;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * Recording a DfE and NHS England review meeting, or changing what was recorded.
 */
public class ReviewForm {

	private DateParts heldOn = new DateParts();

	private String attended = "";

	private String outcomeSummary = "";

	private String actionsAgreed = "";

	private long version;

	static ReviewForm of(ReviewView review) {
		ReviewForm form = new ReviewForm();
		form.heldOn = DateParts.of(review.heldOn());
		form.attended = review.attended();
		form.outcomeSummary = review.outcomeSummary();
		form.actionsAgreed = review.actionsAgreed();
		form.version = review.version();
		return form;
	}

	ReviewDetails validate(Errors errors) {
		LocalDate date = Texts.requiredDate(errors, "heldOn", this.heldOn, "Date of the review");
		Texts.required(errors, "attended", this.attended, "Enter who attended", "Who attended", GovernanceLimits.NOTE);
		Texts.bounded(errors, "outcomeSummary", this.outcomeSummary, "Outcome letter summary", GovernanceLimits.TEXT);
		Texts.bounded(errors, "actionsAgreed", this.actionsAgreed, "Actions agreed", GovernanceLimits.TEXT);
		if (errors.hasErrors()) {
			return null;
		}
		return new ReviewDetails(date, this.attended.trim(), Texts.trimmed(this.outcomeSummary),
				Texts.trimmed(this.actionsAgreed));
	}

	public DateParts getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(DateParts heldOn) {
		this.heldOn = heldOn;
	}

	public String getAttended() {
		return this.attended;
	}

	public void setAttended(String attended) {
		this.attended = attended;
	}

	public String getOutcomeSummary() {
		return this.outcomeSummary;
	}

	public void setOutcomeSummary(String outcomeSummary) {
		this.outcomeSummary = outcomeSummary;
	}

	public String getActionsAgreed() {
		return this.actionsAgreed;
	}

	public void setActionsAgreed(String actionsAgreed) {
		this.actionsAgreed = actionsAgreed;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
