package org.wsoatracker.plan.web;

import org.wsoatracker.plan.AreaView;

import org.springframework.validation.Errors;

/**
 * An area of weakness as the plan words it.
 */
public class AreaForm {

	private String number = "";

	private String title = "";

	private String weaknessId = "";

	private String weaknessText = "";

	private long version;

	static AreaForm of(AreaView area, long planVersion) {
		AreaForm form = new AreaForm();
		form.number = String.valueOf(area.number());
		form.title = area.title();
		form.weaknessId = area.weaknessId() == null ? "" : String.valueOf(area.weaknessId());
		form.weaknessText = area.weaknessText();
		form.version = planVersion;
		return form;
	}

	void validate(Errors errors) {
		if (this.number.isBlank()) {
			errors.rejectValue("number", "required", "Enter the area's number");
		}
		else if (!this.number.trim().matches("\\d{1,3}") || Integer.parseInt(this.number.trim()) < 1) {
			errors.rejectValue("number", "invalid", "Area number must be a whole number, like 1");
		}
		if (this.title.isBlank()) {
			errors.rejectValue("title", "required", "Enter the area's title");
		}
		else if (this.title.length() > 300) {
			errors.rejectValue("title", "length", "Title must be 300 characters or fewer");
		}
		if (this.weaknessText.isBlank()) {
			errors.rejectValue("weaknessText", "required", "Enter the weakness as the plan words it");
		}
	}

	int numberValue() {
		return Integer.parseInt(this.number.trim());
	}

	Long weaknessIdValue() {
		return this.weaknessId == null || this.weaknessId.isBlank() ? null : Long.valueOf(this.weaknessId);
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getWeaknessId() {
		return this.weaknessId;
	}

	public void setWeaknessId(String weaknessId) {
		this.weaknessId = weaknessId;
	}

	public String getWeaknessText() {
		return this.weaknessText;
	}

	public void setWeaknessText(String weaknessText) {
		this.weaknessText = weaknessText;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
