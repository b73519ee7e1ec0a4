package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.wsoatracker.plan.ActivityDetails;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SignOffDetails;
import org.wsoatracker.shared.time.Years;

import org.springframework.validation.Errors;

/**
 * The plan's sign-off and its log of activity since the inspection, typed one entry per line with the parts
 * separated by "|", as they are copied from the plan document.
 */
public class RecordForm {

	/**
	 * The longest name, and role, of someone who signed the plan that is kept (the database's columns).
	 */
	private static final int SIGNED_BY_NAME = 200;

	private static final int SIGNED_BY_ROLE = 300;

	private String signOffs = "";

	private String activity = "";

	private long version;

	static RecordForm of(PlanView plan) {
		RecordForm form = new RecordForm();
		form.signOffs = plan.signOffs()
			.stream()
			.map(s -> String.join(" | ", s.organisation(), s.name(), s.role(),
					s.signedOn() == null ? "" : s.signedOn().toString()).strip())
			.map(line -> line.endsWith("|") ? line.substring(0, line.length() - 1).strip() : line)
			.collect(Collectors.joining("\n"));
		form.activity = plan.activity()
			.stream()
			.map(a -> a.date().iso() + " | " + a.text())
			.collect(Collectors.joining("\n"));
		form.version = plan.version();
		return form;
	}

	List<SignOffDetails> signOffDetails(Errors errors) {
		List<SignOffDetails> result = new ArrayList<>();
		String[] lines = this.signOffs.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split("\\|", -1);
			if (parts.length < 3 || parts.length > 4 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
				errors.rejectValue("signOffs", "invalid", "Line " + (i + 1)
						+ " of the sign-off must be organisation | name | role, with the date signed at the end if known");
				return result;
			}
			LocalDate signed = null;
			if (parts.length == 4 && !parts[3].isBlank()) {
				try {
					signed = LocalDate.parse(parts[3].trim());
				}
				catch (DateTimeParseException ex) {
					errors.rejectValue("signOffs", "invalid",
							"Line " + (i + 1) + " of the sign-off must end with a real date, like 2020-06-30");
					return result;
				}
				if (!Years.contain(signed)) {
					errors.rejectValue("signOffs", "invalid", Years.outside("Line " + (i + 1) + " of the sign-off"));
					return result;
				}
			}
			if (parts[0].trim().length() > 20) {
				errors.rejectValue("signOffs", "invalid",
						"Line " + (i + 1) + " of the sign-off must start with the organisation's short code, like CYC");
				return result;
			}
			if (parts[1].trim().length() > SIGNED_BY_NAME || parts[2].trim().length() > SIGNED_BY_ROLE) {
				errors.rejectValue("signOffs", "invalid", "Line " + (i + 1) + " of the sign-off must have a name of "
						+ SIGNED_BY_NAME + " characters or fewer and a role of " + SIGNED_BY_ROLE
						+ " characters or fewer");
				return result;
			}
			result.add(new SignOffDetails(parts[0].trim(), parts[1].trim(), parts[2].trim(), signed));
		}
		return result;
	}

	List<ActivityDetails> activityDetails(Errors errors) {
		List<ActivityDetails> result = new ArrayList<>();
		String[] lines = this.activity.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			String[] parts = lines[i].split("\\|", 2);
			PlanDate date = null;
			try {
				date = parts.length == 2 ? PlanDate.parse(parts[0]) : null;
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			if (date == null || parts[1].isBlank()) {
				errors.rejectValue("activity", "invalid", "Line " + (i + 1)
						+ " of the activity must be a date or month, then | and what was done, like 2020-03 | Briefing to elected members");
				return result;
			}
			if (!Years.contain(date.date())) {
				errors.rejectValue("activity", "invalid", Years.outside("Line " + (i + 1) + " of the activity"));
				return result;
			}
			if (parts[1].trim().length() > PlanLimits.NOTE) {
				errors.rejectValue("activity", "invalid", "Line " + (i + 1) + " of the activity must be "
						+ PlanLimits.NOTE + " characters or fewer");
				return result;
			}
			result.add(new ActivityDetails(date, parts[1].trim()));
		}
		return result;
	}

	public String getSignOffs() {
		return this.signOffs;
	}

	public void setSignOffs(String signOffs) {
		this.signOffs = signOffs;
	}

	public String getActivity() {
		return this.activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
