package org.wsoatracker.plan.web;

import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.WeaknessView;

import org.springframework.validation.Errors;

/**
 * An area of weakness of an inspection, as typed.
 */
public class WeaknessForm {

	private String number = "";

	private String text = "";

	private String version = "";

	static WeaknessForm of(WeaknessView weakness, long inspectionVersion) {
		WeaknessForm form = new WeaknessForm();
		form.number = String.valueOf(weakness.number());
		form.text = weakness.text();
		form.version = String.valueOf(inspectionVersion);
		return form;
	}

	/**
	 * Checks what was typed; the area of weakness to save, or null when the form has errors.
	 */
	WeaknessDetails toCommand(Errors errors) {
		String numberText = InspectionFields.trim(this.number);
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
		return errors.hasErrors() ? null : new WeaknessDetails(number, text);
	}

	long expectedVersion() {
		return InspectionFields.version(this.version);
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

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
