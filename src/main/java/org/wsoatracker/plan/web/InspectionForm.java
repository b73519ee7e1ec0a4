package org.wsoatracker.plan.web;

import java.time.LocalDate;

import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.shared.web.DateParts;
import org.wsoatracker.shared.web.FormFields;

import org.springframework.validation.Errors;

/**
 * An inspection's details, as typed: its framework, dates and outcome.
 */
public class InspectionForm {

	private String framework;

	private DateParts startDate = new DateParts();

	private DateParts endDate = new DateParts();

	private DateParts letterDate = new DateParts();

	private DateParts publicationDate = new DateParts();

	private String outcome;

	private String version = "";

	static InspectionForm of(InspectionView inspection) {
		InspectionDetails details = inspection.details();
		InspectionForm form = new InspectionForm();
		form.framework = details.framework().name();
		form.startDate = DateParts.of(details.startDate());
		form.endDate = DateParts.of(details.endDate());
		form.letterDate = DateParts.of(details.letterDate());
		form.publicationDate = DateParts.of(details.publicationDate());
		form.outcome = details.outcome().name();
		form.version = String.valueOf(inspection.version());
		return form;
	}

	/**
	 * Checks what was typed; the details to save, or null when the form has errors.
	 */
	InspectionDetails toCommand(Errors errors) {
		InspectionFramework framework = FormFields.choice(errors, "framework", InspectionFramework.class,
				this.framework, "Select the kind of inspection");
		LocalDate start = FormFields.date(errors, "startDate", this.startDate, "Start date",
				"Enter the date the inspection started");
		LocalDate end = FormFields.date(errors, "endDate", this.endDate, "End date",
				"Enter the date the inspection ended");
		FormFields.notBefore(errors, "endDate", end, "End date", start, "start date");
		LocalDate letter = FormFields.date(errors, "letterDate", this.letterDate, "Outcome letter date", null);
		LocalDate publication = FormFields.date(errors, "publicationDate", this.publicationDate,
				"Publication date", null);
		FormFields.notBefore(errors, "publicationDate", publication, "Publication date", letter,
				"outcome letter date");
		InspectionOutcome outcome = FormFields.choice(errors, "outcome", InspectionOutcome.class, this.outcome,
				"Select the outcome of the inspection");
		if (framework != null && outcome != null && !framework.allows(outcome)) {
			errors.rejectValue("outcome", "framework", InspectionService.outcomeMessage(framework));
		}
		return errors.hasErrors() ? null : new InspectionDetails(framework, start, end, letter, publication, outcome);
	}

	long expectedVersion() {
		return FormFields.version(this.version);
	}

	public String getFramework() {
		return this.framework;
	}

	public void setFramework(String framework) {
		this.framework = framework;
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

	public DateParts getPublicationDate() {
		return this.publicationDate;
	}

	public void setPublicationDate(DateParts publicationDate) {
		this.publicationDate = publicationDate;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
