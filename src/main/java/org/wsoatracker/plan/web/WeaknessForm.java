package org.wsoatracker.plan.web;

import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.WeaknessKind;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * An area of weakness of an inspection, as typed.
 */
public class WeaknessForm {

	private String number = "";

	private String text = "";

	private String kind;

	private String version = "";

	static WeaknessForm of(WeaknessView weakness, long inspectionVersion) {
		WeaknessForm form = new WeaknessForm();
		form.number = String.valueOf(weakness.number());
		form.text = weakness.text();
		form.kind = weakness.kind() == null ? null : weakness.kind().name();
		form.version = String.valueOf(inspectionVersion);
		return form;
	}

	/**
	 * Checks what was typed; the area of weakness to save, or null when the form has errors.
	 */
	WeaknessDetails toCommand(Errors errors, InspectionFramework framework) {
		String numberText = FormFields.trim(this.number);
		Integer number = null;
		if (numberText.isEmpty()) {
			errors.rejectValue("number", "required", "Enter the number of the area of weakness");
		}
		else {
			number = wholeNumber(numberText);
			if (number == null) {
				errors.rejectValue("number", "format", "Number must be a whole number between 1 and 999");
			}
		}
		String text = InspectionFields.required(errors, "text", this.text, "Enter the area of weakness",
				"Area of weakness", PlanLimits.LETTER_TEXT);
		WeaknessKind kind = framework.typesWeaknesses() ? FormFields.choice(errors, "kind", WeaknessKind.class,
				this.kind, "Select whether it is an area for priority action or an area for improvement") : null;
		return errors.hasErrors() ? null : new WeaknessDetails(number, text, kind);
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	private static Integer wholeNumber(String text) {
		if (!text.matches("\\d{1,3}")) {
			return null;
		}
		int value = Integer.parseInt(text);
		return value >= 1 ? value : null;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
