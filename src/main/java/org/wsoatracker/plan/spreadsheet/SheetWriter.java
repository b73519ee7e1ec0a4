package org.wsoatracker.plan.spreadsheet;

import java.util.Arrays;
import java.util.List;

import org.wsoatracker.shared.spreadsheet.Spreadsheets;

/**
 * Writes the plan table (header row first) as XLSX or CSV.
 */
final class SheetWriter {

	static final String SHEET_NAME = "Plan";

	private SheetWriter() {
	}

	static byte[] write(SpreadsheetFormat format, List<List<String>> rows) {
		return format == SpreadsheetFormat.XLSX ? xlsx(rows) : Spreadsheets.csv(rows);
	}

	static byte[] xlsx(List<List<String>> rows) {
		return Spreadsheets.xlsx(List.of(new Spreadsheets.Sheet(SHEET_NAME,
				Arrays.stream(Column.values()).map(Column::width).toList(), rows)));
	}

}
