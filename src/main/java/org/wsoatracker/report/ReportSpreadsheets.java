package org.wsoatracker.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wsoatracker.report.ReportContent.Action;
import org.wsoatracker.report.ReportContent.Area;
import org.wsoatracker.report.ReportContent.Measure;
import org.wsoatracker.shared.spreadsheet.Spreadsheets;

/**
 * A report's updates (and, in the workbook, its measures) as a spreadsheet: one row per action as its lead reported
 * it for the period.
 */
final class ReportSpreadsheets {

	static final List<String> UPDATE_COLUMNS = List.of("Area", "Area title", "Action", "Outcome", "Leads", "Ends",
			"Status", "Delivery confidence", "What was done", "What happens next", "Update state",
			"Board's decisions", "Flags");

	private static final List<Integer> UPDATE_WIDTHS = List.of(6, 30, 8, 40, 30, 14, 18, 12, 60, 60, 22, 40, 30);

	private static final List<String> MEASURE_COLUMNS = List.of("Action", "Measure", "Unit", "Baseline", "Target",
			"By", "Actual", "Against trajectory");

	private static final List<Integer> MEASURE_WIDTHS = List.of(8, 60, 12, 10, 10, 14, 10, 18);

	private ReportSpreadsheets() {
	}

	static byte[] xlsx(ReportContent report) {
		return Spreadsheets.xlsx(List.of(new Spreadsheets.Sheet("Updates", UPDATE_WIDTHS, updates(report)),
				new Spreadsheets.Sheet("Measures", MEASURE_WIDTHS, measures(report))));
	}

	static byte[] csv(ReportContent report) {
		return Spreadsheets.csv(updates(report));
	}

	static List<List<String>> updates(ReportContent report) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(UPDATE_COLUMNS);
		for (Area area : report.areas()) {
			for (Action action : area.actions()) {
				rows.add(list(String.valueOf(area.number()), area.title(), action.number(), action.outcome(),
						action.leadsText(), action.ends(), action.status().label(), action.confidence(),
						action.done(), action.nextSteps(), action.state(),
						String.join("\n", action.decisions()
							.stream()
							.map(d -> d.outcome() + " by " + d.reviewer() + ", " + d.decidedOn()
									+ (d.comment() == null ? "" : ": " + d.comment()))
							.toList()),
						String.join("; ", action.flags())));
			}
		}
		return rows;
	}

	private static List<List<String>> measures(ReportContent report) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(MEASURE_COLUMNS);
		for (Measure measure : report.measures()) {
			rows.add(list(measure.actionNumber(), measure.text(), measure.unit(), measure.baseline(), measure.target(),
					measure.targetMonth(), measure.actual(), measure.position()));
		}
		return rows;
	}

	/**
	 * A row that may hold empty cells (List.of refuses nulls).
	 */
	private static List<String> list(String... cells) {
		return Arrays.asList(cells);
	}

}
