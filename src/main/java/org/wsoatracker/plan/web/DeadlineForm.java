package org.wsoatracker.plan.web;

import java.time.LocalDate;

import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.web.DateParts;

import org.springframework.validation.Errors;

/**
 * Overriding a plan's computed submission deadline, with the reason; or going back to the computed one.
 */
public class DeadlineForm {

	private String useComputed;

	private DateParts deadline = new DateParts();

	private String reason = "";

	private long version;

	static DeadlineForm of(PlanView plan) {
		DeadlineForm form = new DeadlineForm();
		form.useComputed = plan.deadline().overridden() ? "no" : "yes";
		form.deadline = DateParts.of(plan.deadline().override());
		form.reason = plan.deadline().overrideReason() == null ? "" : plan.deadline().overrideReason();
		form.version = plan.version();
		return form;
	}

	/**
	 * The deadline to set, or null to go back to the computed one.
	 */
	LocalDate validate(Errors errors) {
		if (!"yes".equals(this.useComputed) && !"no".equals(this.useComputed)) {
			errors.rejectValue("useComputed", "required", "Select whether to use the computed deadline");
			return null;
		}
		if ("yes".equals(this.useComputed)) {
			return null;
		}
		LocalDate date = null;
		if (this.deadline.isBlank()) {
			errors.rejectValue("deadline", "required", "Enter the submission deadline");
		}
		else {
			date = this.deadline.toLocalDate().orElse(null);
			if (date == null) {
				errors.rejectValue("deadline", "invalid",
						this.deadline.error("Submission deadline", "Submission deadline must be a real date"));
			}
		}
		if (this.reason.isBlank()) {
			errors.rejectValue("reason", "required", "Enter the reason for changing the deadline");
		}
		else if (this.reason.length() > PlanLimits.NOTE) {
			errors.rejectValue("reason", "length", "Reason must be " + PlanLimits.NOTE + " characters or fewer");
		}
		return date;
	}

	public String getUseComputed() {
		return this.useComputed;
	}

	public void setUseComputed(String useComputed) {
		this.useComputed = useComputed;
	}

	public DateParts getDeadline() {
		return this.deadline;
	}

	public void setDeadline(DateParts deadline) {
		this.deadline = deadline;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
