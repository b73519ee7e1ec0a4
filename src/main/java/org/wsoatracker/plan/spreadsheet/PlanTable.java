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
