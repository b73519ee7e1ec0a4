package org.wsoatracker.plan.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.LeadOrganisationView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionView;

/**
 * A plan as the rows of the plan table: each area, then its actions, each followed by its sub-actions and measures.
 */
final class PlanTable {

	static final String LIST_SEPARATOR = "; ";

	private PlanTable() {
	}

	static List<List<String>> header() {
		return List.of(Column.HEADINGS);
	}

	/**
	 * What the template's instructions sheet says, line by line: the short version of {@code docs/import-template.md}.
	 */
	static final List<String> INSTRUCTIONS = List.of("How to fill in the plan table",
			"Fill in the first sheet, Plan: one row for each area for improvement, action, sub-action and measure of "
					+ "success. Only that sheet is imported.",
			"Column A, Row type, says what the row is: AREA, ACTION, SUB-ACTION or MEASURE (choose from the list). "
					+ "Leave empty the cells a row type does not use: each heading's note says which rows use it.",
			"An ACTION gives the number of its area (Area number); a SUB-ACTION or MEASURE gives the number of its "
					+ "action (Action number).",
			"Dates: a month as Sept 2020, September 2020, 2020-09 or 09/2020; a day as 18/09/2020 or 2020-09-18.",
			"Leads: initials and organisation code, like M.S (CYC); several separated by ; (a semicolon). Each must "
					+ "already be one of the local area's people. When this template was downloaded from a plan, the "
					+ "Lists sheet has them.",
			"Numbers (Baseline, Target): plain numbers like 90; put the unit (%, days) in Unit.",
			"Rows 2 and 3 are worked examples: replace them with your plan.",
			"Save as XLSX (Excel workbook) or CSV UTF-8, smaller than 5 MB, with no more than 5,000 rows, and import "
					+ "it from Import a plan (a new plan) or from the plan's page (to change it).",
			"The full guide: How to fill in the plan table (guide), linked from the import pages of the service.");

	/**
	 * The header and two worked example rows: an area and one of its actions, led by the lead and organisation given
	 * (none when empty). They import as they are into a plan whose inspection has an area of weakness 1.
	 */
	static List<List<String>> examples(String lead, String organisation) {
		Map<Column, String> area = row(RowType.AREA);
		area.put(Column.AREA_NUMBER, "1");
		area.put(Column.AREA_TITLE, "Leadership and governance");
		area.put(Column.WEAKNESS_NUMBER, "1");
		area.put(Column.AREA_WEAKNESS, "The weakness in the words of the inspection letter");
		Map<Column, String> action = row(RowType.ACTION_ROW);
		action.put(Column.AREA_NUMBER, "1");
		action.put(Column.ACTION_NUMBER, "1.1");
		action.put(Column.OUTCOME, "Leaders know how well children's needs are met");
		action.put(Column.ACTION, "Agree a joint outcomes framework with the parent carer forum");
		action.put(Column.START, "Sept 2020");
		action.put(Column.END, "2021-03");
		action.put(Column.LEADS, lead);
		action.put(Column.LEAD_ORGANISATIONS, organisation);
		action.put(Column.EVIDENCE, "Board minutes; the published framework");
		return List.of(Column.HEADINGS, cells(area), cells(action));
	}

	static List<List<String>> rows(PlanView plan) {
		List<List<String>> rows = new ArrayList<>(header());
		for (AreaView area : plan.areas()) {
			Map<Column, String> row = row(RowType.AREA);
			row.put(Column.AREA_NUMBER, String.valueOf(area.number()));
			row.put(Column.AREA_TITLE, area.title());
			row.put(Column.WEAKNESS_NUMBER, area.weaknesses()
				.stream()
				.map(weakness -> String.valueOf(weakness.number()))
				.collect(Collectors.joining(LIST_SEPARATOR)));
			row.put(Column.AREA_WEAKNESS, area.weaknessText());
			rows.add(cells(row));
			for (ActionView action : area.actions()) {
				rows.add(cells(action(area, action)));
				for (SubActionView subAction : action.subActions()) {
					Map<Column, String> subActionRow = row(RowType.SUB_ACTION_ROW);
					subActionRow.put(Column.ACTION_NUMBER, action.number());
					subActionRow.put(Column.SUB_ACTION, subAction.label());
					subActionRow.put(Column.ACTION, subAction.text());
					subActionRow.put(Column.START, CellText.text(subAction.start()));
					subActionRow.put(Column.END, CellText.text(subAction.end()));
					subActionRow.put(Column.PHASE, subAction.phase());
					rows.add(cells(subActionRow));
				}
				for (MeasureView measure : action.measures()) {
					Map<Column, String> measureRow = row(RowType.MEASURE_ROW);
					measureRow.put(Column.ACTION_NUMBER, action.number());
					measureRow.put(Column.MEASURE, measure.text());
					measureRow.put(Column.BASELINE, CellText.number(measure.baseline()));
					measureRow.put(Column.TARGET, CellText.number(measure.target()));
					measureRow.put(Column.UNIT, measure.unit());
					measureRow.put(Column.TARGET_DATE, CellText.text(measure.targetMonth()));
					rows.add(cells(measureRow));
				}
			}
		}
		return rows;
	}

	private static Map<Column, String> action(AreaView area, ActionView action) {
		Map<Column, String> row = row(RowType.ACTION_ROW);
		row.put(Column.AREA_NUMBER, String.valueOf(area.number()));
		row.put(Column.ACTION_NUMBER, action.number());
		row.put(Column.OUTCOME, action.outcome());
		row.put(Column.ACTION, action.action());
		row.put(Column.START, CellText.text(action.start()));
		row.put(Column.END, CellText.text(action.end()));
		row.put(Column.PHASE, action.phase());
		row.put(Column.LEADS, action.leads()
			.stream()
			.map(lead -> lead.initials() + " (" + lead.organisationCode() + ")")
			.collect(Collectors.joining(LIST_SEPARATOR)));
		row.put(Column.LEAD_ORGANISATIONS, action.leadOrganisations()
			.stream()
			.map(LeadOrganisationView::code)
			.collect(Collectors.joining(LIST_SEPARATOR)));
		row.put(Column.EVIDENCE, action.evidenceAndImpact());
		return row;
	}

	private static Map<Column, String> row(RowType type) {
		Map<Column, String> row = new EnumMap<>(Column.class);
		row.put(Column.ROW_TYPE, type.text());
		return row;
	}

	private static List<String> cells(Map<Column, String> row) {
		return Arrays.stream(Column.values()).map(column -> CellText.text(row.get(column))).toList();
	}

}
