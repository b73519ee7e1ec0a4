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
	 * What the column holds, as the template's note on its heading says it.
	 */
	String note() {
		return switch (this) {
			case ROW_TYPE -> "Every row: AREA, ACTION, SUB-ACTION or MEASURE. Cells a row type does not use must be empty.";
			case AREA_NUMBER -> "AREA (required) and ACTION (the area the action belongs to): a whole number, like 1.";
			case AREA_TITLE -> "AREA (required): the area for improvement's title, at most 300 characters.";
			case WEAKNESS_NUMBER -> "AREA (required): the inspection's area of weakness it answers, like 1, or several: 1; 3.";
			case ACTION_NUMBER -> "ACTION (required), like 1.1. SUB-ACTION and MEASURE: the action they belong to.";
			case SUB_ACTION -> "SUB-ACTION (required): its label, like A.";
			case OUTCOME -> "ACTION (required): what will be true when the action is done.";
			case ACTION -> "ACTION (required): what will be done. SUB-ACTION (required): what the sub-action will do.";
			case START, END -> "ACTION, SUB-ACTION (optional): a month, like Sept 2020, 2020-09 or 09/2020, or a day, like 18/09/2020.";
			case PHASE -> "ACTION, SUB-ACTION (optional): like Phase 1.";
			case LEADS -> "ACTION (optional): initials and organisation code, like M.S (CYC); several separated by ;. "
					+ "Each must be one of the local area's people.";
			case LEAD_ORGANISATIONS -> "ACTION (optional): organisation codes, like CYC; CCG.";
			case MEASURE -> "MEASURE (required): the measure of success in words.";
			case BASELINE, TARGET -> "MEASURE (optional): a plain number, like 90 (put % in Unit).";
			case UNIT -> "MEASURE (optional): like %, days or count.";
			case TARGET_DATE -> "MEASURE (optional): a month, like Dec 2020 or 2020-12.";
			case EVIDENCE -> "ACTION (optional): evidence and impact.";
			case AREA_WEAKNESS -> "AREA (optional): the weakness in the words of the inspection letter.";
		};
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
