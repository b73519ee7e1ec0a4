package org.wsoatracker.plan.web;

import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.FindingView;
import org.wsoatracker.plan.NewInspectionCommand.FindingDetails;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * A finding of an inspection, as typed.
 */
public class FindingForm {

	private String heading = "";

	private String kind;

	private String text = "";

	private String version = "";

	static FindingForm of(FindingView finding, long inspectionVersion) {
		FindingForm form = new FindingForm();
		form.heading = finding.heading();
		form.kind = finding.kind().name();
		form.text = finding.text();
		form.version = String.valueOf(inspectionVersion);
		return form;
	}

	/**
	 * Checks what was typed; the finding to save, or null when the form has errors.
	 */
	FindingDetails toCommand(Errors errors) {
		String heading = InspectionFields.required(errors, "heading", this.heading,
				"Enter the heading the finding is under", "Heading", 300);
		FindingKind kind = FormFields.choice(errors, "kind", FindingKind.class, this.kind,
				"Select the kind of finding");
		String text = InspectionFields.required(errors, "text", this.text, "Enter the finding", "Finding",
				PlanLimits.LETTER_TEXT);
		return errors.hasErrors() ? null : new FindingDetails(heading, kind, text);
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
