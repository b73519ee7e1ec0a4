package org.wsoatracker.report.web;

import org.wsoatracker.report.PublishCommand;

public class PublishForm {

	private String committee = "";

	private String reportOf = "";

	private String correctionNote = "";

	PublishCommand toCommand() {
		return new PublishCommand(this.committee, this.reportOf, this.correctionNote);
	}

	public String getCommittee() {
		return this.committee;
	}

	public void setCommittee(String committee) {
		this.committee = committee == null ? "" : committee;
	}

	public String getReportOf() {
		return this.reportOf;
	}

	public void setReportOf(String reportOf) {
		this.reportOf = reportOf == null ? "" : reportOf;
	}

	public String getCorrectionNote() {
		return this.correctionNote;
	}

	public void setCorrectionNote(String correctionNote) {
		this.correctionNote = correctionNote == null ? "" : correctionNote;
	}

}
