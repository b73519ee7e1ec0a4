package org.wsoatracker.plan.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * The import form: the plan's own details, and the spreadsheet that holds its table. Choices are kept as text so
 * that anything sent comes back as a GOV.UK error rather than a conversion failure.
 */
public class PlanImportForm {

	private String inspectionId;

	private String title = "";

	private String kind;

	private String scaleCode;

	private MultipartFile file;

	public String getInspectionId() {
		return this.inspectionId;
	}

	public void setInspectionId(String inspectionId) {
		this.inspectionId = inspectionId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getScaleCode() {
		return this.scaleCode;
	}

	public void setScaleCode(String scaleCode) {
		this.scaleCode = scaleCode;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
