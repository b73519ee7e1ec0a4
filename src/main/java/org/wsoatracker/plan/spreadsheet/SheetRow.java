package org.wsoatracker.plan.spreadsheet;

import java.util.List;

/**
 * One row of a spreadsheet as read: its number as the spreadsheet shows it (the header is row 1) and its cells as
 * text, formula guards removed.
 */
record SheetRow(int number, List<String> cells) {

	String cell(int index) {
		return index < this.cells.size() ? this.cells.get(index) : "";
	}

	/**
	 * The cell as written for a text column; without surrounding spaces for the others.
	 */
	String cell(Column column) {
		String cell = cell(column.ordinal());
		return column.isText() ? cell : cell.trim();
	}

	boolean isBlank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

}
