package org.wsoatracker.plan.spreadsheet;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.wsoatracker.plan.spreadsheet.Column.ACTION;
import static org.wsoatracker.plan.spreadsheet.Column.ACTION_NUMBER;
import static org.wsoatracker.plan.spreadsheet.Column.AREA_NUMBER;
import static org.wsoatracker.plan.spreadsheet.Column.AREA_TITLE;
import static org.wsoatracker.plan.spreadsheet.Column.AREA_WEAKNESS;
import static org.wsoatracker.plan.spreadsheet.Column.BASELINE;
import static org.wsoatracker.plan.spreadsheet.Column.END;
import static org.wsoatracker.plan.spreadsheet.Column.EVIDENCE;
import static org.wsoatracker.plan.spreadsheet.Column.LEADS;
import static org.wsoatracker.plan.spreadsheet.Column.LEAD_ORGANISATIONS;
import static org.wsoatracker.plan.spreadsheet.Column.MEASURE;
import static org.wsoatracker.plan.spreadsheet.Column.OUTCOME;
import static org.wsoatracker.plan.spreadsheet.Column.PHASE;
import static org.wsoatracker.plan.spreadsheet.Column.ROW_TYPE;
import static org.wsoatracker.plan.spreadsheet.Column.START;
import static org.wsoatracker.plan.spreadsheet.Column.SUB_ACTION;
import static org.wsoatracker.plan.spreadsheet.Column.TARGET;
import static org.wsoatracker.plan.spreadsheet.Column.TARGET_DATE;
import static org.wsoatracker.plan.spreadsheet.Column.UNIT;
import static org.wsoatracker.plan.spreadsheet.Column.WEAKNESS_NUMBER;

/**
 * What a row of the plan table holds, and which columns it uses. Every other column must be empty on that row.
 */
enum RowType {

	AREA("AREA", EnumSet.of(AREA_NUMBER, AREA_TITLE, WEAKNESS_NUMBER, AREA_WEAKNESS)),
	ACTION_ROW("ACTION",
			EnumSet.of(AREA_NUMBER, ACTION_NUMBER, OUTCOME, ACTION, START, END, PHASE, LEADS, LEAD_ORGANISATIONS,
					EVIDENCE)),
	SUB_ACTION_ROW("SUB-ACTION", EnumSet.of(ACTION_NUMBER, SUB_ACTION, ACTION, START, END, PHASE)),
	MEASURE_ROW("MEASURE", EnumSet.of(ACTION_NUMBER, MEASURE, BASELINE, TARGET, UNIT, TARGET_DATE));

	private final String text;

	private final Set<Column> columns;

	RowType(String text, Set<Column> columns) {
		this.text = text;
		this.columns = columns;
	}

	String text() {
		return this.text;
	}

	boolean uses(Column column) {
		return column == ROW_TYPE || this.columns.contains(column);
	}

	static Optional<RowType> of(String text) {
		for (RowType type : values()) {
			if (type.text.equalsIgnoreCase(text.trim())) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
