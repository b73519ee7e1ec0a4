package org.wsoatracker.plan.web;

import java.util.List;

import org.springframework.validation.Errors;

/**
 * The priority action plan made from a 2023-framework inspection's areas for priority action, as typed: its title and
 * progress scale.
 */
public class PriorityActionPlanForm {

	static final int TITLE = 300;

	private String title = "";

	private String scale;

	/**
	 * Checks what was typed against the scales there are; false when the form has errors.
	 */
	boolean check(Errors errors, List<String> scaleCodes) {
		String text = InspectionFields.required(errors, "title", this.title,
				"Enter the title of the priority action plan", "Title", TITLE);
		this.title = text;
		if (this.scale == null || !scaleCodes.contains(this.scale)) {
			errors.rejectValue("scale", "required", "Select the progress scale");
		}
		return !errors.hasErrors();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getScale() {
		return this.scale;
	}

	public void setScale(String scale) {
		this.scale = scale;
	}

}
