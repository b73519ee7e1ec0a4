package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The mapping form: for each column of the Word document's action-plan tables, in order, the plan-table column it
 * becomes ({@link org.wsoatracker.plan.spreadsheet.WordColumn} by name), or IGNORE. Kept as text so that anything
 * sent comes back as a GOV.UK error.
 */
public class WordMappingForm {

	private List<String> columns = new ArrayList<>();

	public List<String> getColumns() {
		return this.columns;
	}

	public void setColumns(List<String> columns) {
		this.columns = columns;
	}

}
