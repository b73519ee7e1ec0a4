package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.PlanLimits;

import org.springframework.validation.Errors;

/**
 * An area of weakness as the plan words it, and the inspection's areas of weakness it answers (ticked checkboxes).
 */
public class AreaForm {

	private String number = "";

	private String title = "";

	private List<String> weaknessIds = new ArrayList<>();

	private String weaknessText = "";

	private long version;

	static AreaForm of(AreaView area, long planVersion) {
		AreaForm form = new AreaForm();
		form.number = String.valueOf(area.number());
		form.title = area.title();
		form.weaknessIds = new ArrayList<>(area.weaknesses().stream().map(w -> String.valueOf(w.id())).toList());
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
		if (this.weaknessIds.isEmpty()) {
			errors.rejectValue("weaknessIds", "required", "Select the areas of weakness this area answers");
		}
		else if (!this.weaknessIds.stream().allMatch(id -> id.matches("\\d{1,18}"))) {
			errors.rejectValue("weaknessIds", "invalid", "Select the areas of weakness from the list");
		}
		if (this.weaknessText.isBlank()) {
			errors.rejectValue("weaknessText", "required", "Enter the weakness as the plan words it");
		}
		else if (this.weaknessText.trim().length() > PlanLimits.LETTER_TEXT) {
			errors.rejectValue("weaknessText", "length",
					"Weakness must be " + PlanLimits.LETTER_TEXT + " characters or fewer");
		}
	}

	int numberValue() {
		return Integer.parseInt(this.number.trim());
	}

	Set<Long> weaknessIdValues() {
		return this.weaknessIds.stream().map(Long::valueOf).collect(Collectors.toSet());
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

	public List<String> getWeaknessIds() {
		return this.weaknessIds;
	}

	public void setWeaknessIds(List<String> weaknessIds) {
		this.weaknessIds = weaknessIds;
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
