package org.wsoatracker.plan.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of the plan table, in order, each with its heading and a width (in characters) for XLSX. The cells of
 * text columns are read exactly as written; the others (numbers, dates, codes) without surrounding spaces.
 */
enum Column {

	ROW_TYPE("Row type", 12, false), AREA_NUMBER("Area number", 8, false), AREA_TITLE("Area title", 30, true),
	WEAKNESS_NUMBER("Weakness number", 10, false), ACTION_NUMBER("Action number", 8, false),
	SUB_ACTION("Sub-action", 8, false), OUTCOME("Outcome", 50, true), ACTION("Action", 60, true),
	START("Start", 12, false), END("End", 12, false), PHASE("Phase", 16, true), LEADS("Leads", 24, false),
	LEAD_ORGANISATIONS("Lead organisations", 16, false), MEASURE("Measure", 50, true), BASELINE("Baseline", 10, false),
	TARGET("Target", 10, false), UNIT("Unit", 8, false), TARGET_DATE("Target date", 12, false),
	EVIDENCE("Evidence and impact", 50, true), AREA_WEAKNESS("Area weakness", 50, true);

	static final List<String> HEADINGS = Arrays.stream(values()).map(Column::heading).toList();

	private final String heading;

	private final int width;

	private final boolean text;

	Column(String heading, int width, boolean text) {
		this.heading = heading;
		this.width = width;
		this.text = text;
	}

	String heading() {
		return this.heading;
	}

	int width() {
		return this.width;
	}

	boolean isText() {
		return this.text;
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
