package org.wsoatracker.governance.web;

import org.springframework.validation.Errors;

/**
 * The score above which a plan's open risks are shown to the board.
 */
public class ThresholdForm {

	private String threshold = "";

	static ThresholdForm of(int threshold) {
		ThresholdForm form = new ThresholdForm();
		form.threshold = String.valueOf(threshold);
		return form;
	}

	Integer validate(Errors errors) {
		String value = Texts.trimmed(this.threshold);
		if (value.isEmpty()) {
			errors.rejectValue("threshold", "required", "Enter the score above which the board sees a risk");
			return null;
		}
		if (!value.matches("[0-9]{1,2}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 25) {
			errors.rejectValue("threshold", "range", "Threshold must be a whole number from 1 to 25");
			return null;
		}
		return Integer.parseInt(value);
	}

	public String getThreshold() {
		return this.threshold;
	}

	public void setThreshold(String threshold) {
		this.threshold = threshold;
	}

}
