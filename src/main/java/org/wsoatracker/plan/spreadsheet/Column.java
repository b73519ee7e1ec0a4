package org.wsoatracker.plan.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the plan table, in order, each with its heading and a width (in characters) for XLSX.
 */
enum Column {

	ROW_TYPE("Row type", 12), AREA_NUMBER("Area number", 8), AREA_TITLE("Area title", 30),
	WEAKNESS_NUMBER("Weakness number", 10), ACTION_NUMBER("Action number", 8), SUB_ACTION("Sub-action", 8),
	OUTCOME("Outcome", 50), ACTION("Action", 60), START("Start", 12), END("End", 12), PHASE("Phase", 16),
	LEADS("Leads", 24), LEAD_ORGANISATIONS("Lead organisations", 16), MEASURE("Measure", 50), BASELINE("Baseline", 10),
	TARGET("Target", 10), UNIT("Unit", 8), TARGET_DATE("Target date", 12), EVIDENCE("Evidence and impact", 50),
	AREA_WEAKNESS("Area weakness", 50);

	static final List<String> HEADINGS = Arrays.stream(values()).map(Column::heading).toList();

	private final String heading;

	private final int width;

	Column(String heading, int width) {
		this.heading = heading;
		this.width = width;
	}

	String heading() {
		return this.heading;
	}

	int width() {
		return this.width;
	}

	/**
	 * The spreadsheet's name for the column at this index: A, B, … Z, AA.
	 */
	static String letter(int index) {
		String letter = "";
		for (int i = index; i >= 0; i = i / 26 - 1) {
			letter = (char) ('A' + i % 26) + letter;
		}
		return letter;
	}

}
