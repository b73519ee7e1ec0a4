package org.wsoatracker.plan.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.spreadsheet.PlanImport;

/**
 * A Word document uploaded to create a plan, with the plan's details, kept in the administrator's session between
 * the upload and the mapping of its columns: one at a time (a new upload replaces it), no larger than the import
 * accepts, gone once the plan is created or the session ends.
 */
record WordUpload(long inspectionId, String title, PlanKind kind, String scaleCode, String filename, byte[] content,
		ArrayList<String> headings) implements Serializable {

	static final String SESSION_ATTRIBUTE = WordUpload.class.getName();

	WordUpload(PlanImport request, String filename, List<String> headings) {
		this(request.inspectionId(), request.title(), request.kind(), request.scaleCode(), filename,
				request.file(), new ArrayList<>(headings));
	}

	PlanImport request() {
		return new PlanImport(this.inspectionId, this.title, this.kind, this.scaleCode, this.content);
	}

}
