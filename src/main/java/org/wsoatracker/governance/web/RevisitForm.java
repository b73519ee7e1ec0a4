package org.wsoatracker.governance.web;

import java.time.LocalDate;

import org.wsoatracker.governance.RevisitDetails;
import org.wsoatracker.governance.RevisitKind;
import org.wsoatracker.governance.RevisitView;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.shared.web.DateParts;
import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * A revisit's details, as typed.
 */
public class RevisitForm {

	private String kind;

	private DateParts startDate = new DateParts();

	private DateParts endDate = new DateParts();

	private DateParts letterDate = new DateParts();

	private String letterSummary = "";

	private String version = "";

	static RevisitForm of(RevisitView revisit) {
		RevisitDetails details = revisit.details();
		RevisitForm form = new RevisitForm();
		form.kind = details.kind().name();
		form.startDate = DateParts.of(details.startDate());
		form.endDate = DateParts.of(details.endDate());
		form.letterDate = DateParts.of(details.letterDate());
		form.letterSummary = details.letterSummary() == null ? "" : details.letterSummary();
		form.version = String.valueOf(revisit.version());
		return form;
	}

	/**
	 * Checks what was typed; the details to save, or null when the form has errors.
	 */
	RevisitDetails toCommand(Errors errors) {
		RevisitKind kind = FormFields.choice(errors, "kind", RevisitKind.class, this.kind,
				"Select whether it was a revisit or a monitoring inspection");
		LocalDate start = FormFields.date(errors, "startDate", this.startDate, "Start date",
				"Enter the date the revisit started");
		LocalDate end = FormFields.date(errors, "endDate", this.endDate, "End date", "Enter the date the revisit ended");
		FormFields.notBefore(errors, "endDate", end, "End date", start, "start date");
		LocalDate letter = FormFields.date(errors, "letterDate", this.letterDate, "Outcome letter date", null);
		String summary = FormFields.text(errors, "letterSummary", this.letterSummary, null, "Summary of the letter",
				PlanLimits.LETTER_TEXT);
		return errors.hasErrors() ? null : new RevisitDetails(kind, start, end, letter, summary);
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public DateParts getStartDate() {
		return this.startDate;
	}

	public void setStartDate(DateParts startDate) {
		this.startDate = startDate;
	}

	public DateParts getEndDate() {
		return this.endDate;
	}

	public void setEndDate(DateParts endDate) {
		this.endDate = endDate;
	}

	public DateParts getLetterDate() {
		return this.letterDate;
	}

	public void setLetterDate(DateParts letterDate) {
		this.letterDate = letterDate;
	}

	public String getLetterSummary() {
		return this.letterSummary;
	}

	public void setLetterSummary(String letterSummary) {
		this.letterSummary = letterSummary;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
