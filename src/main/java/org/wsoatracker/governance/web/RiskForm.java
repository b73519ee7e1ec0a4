package org.wsoatracker.governance.web;

import java.time.LocalDate;
import java.util.Set;

import org.wsoatracker.governance.GovernanceLimits;
import org.wsoatracker.governance.RiskDetails;
import org.wsoatracker.governance.RiskStatus;
import org.wsoatracker.governance.RiskView;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * Adding or changing a risk of a plan's register.
 */
public class RiskForm {

	private static final Set<String> ONE_TO_FIVE = Set.of("1", "2", "3", "4", "5");

	private String title = "";

	private String cause = "";

	private String consequence = "";

	private String ownerId = "";

	private String mitigations = "";

	private String likelihood;

	private String impact;

	private String targetScore = "";

	private DateParts reviewDate = new DateParts();

	private String status = RiskStatus.OPEN.name();

	private long version;

	static RiskForm of(RiskView risk) {
		RiskForm form = new RiskForm();
		form.title = risk.title();
		form.cause = risk.cause();
		form.consequence = risk.consequence();
		form.ownerId = String.valueOf(risk.ownerId());
		form.mitigations = risk.mitigations();
		form.likelihood = String.valueOf(risk.likelihood());
		form.impact = String.valueOf(risk.impact());
		form.targetScore = String.valueOf(risk.targetScore());
		form.reviewDate = DateParts.of(risk.reviewDate());
		form.status = risk.status().name();
		form.version = risk.version();
		return form;
	}

	/**
	 * The risk's details, or null with the errors in {@code errors}. {@code owners} are the ids of the people who may
	 * own it.
	 */
	RiskDetails validate(Errors errors, Set<String> owners) {
		Texts.required(errors, "title", this.title, "Enter the risk", "Risk", GovernanceLimits.TITLE);
		Texts.required(errors, "cause", this.cause, "Enter the cause", "Cause", GovernanceLimits.TEXT);
		Texts.required(errors, "consequence", this.consequence, "Enter the consequence", "Consequence",
				GovernanceLimits.TEXT);
		if (this.ownerId == null || !owners.contains(this.ownerId)) {
			errors.rejectValue("ownerId", "required", "Select the risk's owner");
		}
		Texts.required(errors, "mitigations", this.mitigations, "Enter the mitigations", "Mitigations",
				GovernanceLimits.TEXT);
		if (this.likelihood == null || !ONE_TO_FIVE.contains(this.likelihood)) {
			errors.rejectValue("likelihood", "required", "Select the likelihood");
		}
		if (this.impact == null || !ONE_TO_FIVE.contains(this.impact)) {
			errors.rejectValue("impact", "required", "Select the impact");
		}
		Integer target = null;
		if (this.targetScore == null || this.targetScore.isBlank()) {
			errors.rejectValue("targetScore", "required", "Enter the target score");
		}
		else if (!this.targetScore.trim().matches("[0-9]{1,2}")
				|| Integer.parseInt(this.targetScore.trim()) < 1 || Integer.parseInt(this.targetScore.trim()) > 25) {
			errors.rejectValue("targetScore", "range", "Target score must be a whole number from 1 to 25");
		}
		else {
			target = Integer.parseInt(this.targetScore.trim());
		}
		LocalDate review = Texts.optionalDate(errors, "reviewDate", this.reviewDate, "Review date");
		RiskStatus riskStatus = null;
		try {
			riskStatus = this.status == null ? null : RiskStatus.valueOf(this.status);
		}
		catch (IllegalArgumentException ex) {
			riskStatus = null;
		}
		if (riskStatus == null) {
			errors.rejectValue("status", "required", "Select whether the risk is open or closed");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new RiskDetails(this.title.trim(), this.cause.trim(), this.consequence.trim(),
				Long.parseLong(this.ownerId), this.mitigations.trim(), Integer.parseInt(this.likelihood),
				Integer.parseInt(this.impact), target, review, riskStatus);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getCause() {
		return this.cause;
	}

	public void setCause(String cause) {
		this.cause = cause;
	}

	public String getConsequence() {
		return this.consequence;
	}

	public void setConsequence(String consequence) {
		this.consequence = consequence;
	}

	public String getOwnerId() {
		return this.ownerId;
	}

	public void setOwnerId(String ownerId) {
		this.ownerId = ownerId;
	}

	public String getMitigations() {
		return this.mitigations;
	}

	public void setMitigations(String mitigations) {
		this.mitigations = mitigations;
	}

	public String getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(String likelihood) {
		this.likelihood = likelihood;
	}

	public String getImpact() {
		return this.impact;
	}

	public void setImpact(String impact) {
		this.impact = impact;
	}

	public String getTargetScore() {
		return this.targetScore;
	}

	public void setTargetScore(String targetScore) {
		this.targetScore = targetScore;
	}

	public DateParts getReviewDate() {
		return this.reviewDate;
	}

	public void setReviewDate(DateParts reviewDate) {
		this.reviewDate = reviewDate;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
