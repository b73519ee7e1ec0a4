package org.wsoatracker.plan.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.wsoatracker.plan.PlanDate;

/**
 * The rows of a Word document's action-plan tables as rows of the plan table, so that the one plan table reader
 * checks them. An action's first row and the unnumbered rows under it make one action: when several of them say
 * what will be done, each is a sub-action (labelled as written, "(B) …", or A, B, C in order) and the action spans
 * their dates; each measure of success is a measure. An area answers the inspection's weakness of its number.
 */
final class WordPlanRows {

	private static final Pattern LABEL = Pattern.compile("^\\(([A-Za-z])\\)\\s*");

	private static final Pattern PHASE = Pattern.compile("^(phase\\s*\\d+)\\s*[:\\-–]\\s*", Pattern.CASE_INSENSITIVE);

	private static final Pattern INITIALS = Pattern.compile("\\(([^()]+)\\)");

	/**
	 * The local area's people (initials and organisation code) and organisation codes, to read leads as plans
	 * write them: "(M.S) CYC (K.McN) CCG", "CCG (S:DV)".
	 */
	record People(Map<String, List<String>> organisationsByInitials, List<String> organisationCodes) {
	}

	private final List<WordColumn> mapping;

	private final People people;

	private final List<SheetRow> rows = new ArrayList<>();

	private WordPlanRows(List<WordColumn> mapping, People people) {
		this.mapping = mapping;
		this.people = people;
	}

	static List<SheetRow> rows(WordDocument.Tables tables, List<WordColumn> mapping, People people) {
		WordPlanRows converter = new WordPlanRows(mapping, people);
		converter.rows.add(new SheetRow(0, Column.HEADINGS));
		converter.convert(tables.rows());
		return converter.rows;
	}

	private void convert(List<WordDocument.Row> wordRows) {
		Map<Column, String> area = null;
		int areaRow = 0;
		List<WordDocument.Row> action = new ArrayList<>();
		Integer areaNumber = null;
		for (WordDocument.Row row : wordRows) {
			switch (row.kind()) {
				case AREA -> {
					flush(action, areaNumber);
					area = area(area, areaRow);
					areaNumber = WordDocument.areaNumber(row.text());
					String rest = WordDocument.afterAreaNumber(row.text());
					int colon = rest.indexOf(':');
					area = new EnumMap<>(Column.class);
					area.put(Column.ROW_TYPE, RowType.AREA.text());
					area.put(Column.AREA_NUMBER, String.valueOf(areaNumber));
					area.put(Column.WEAKNESS_NUMBER, String.valueOf(areaNumber));
					area.put(Column.AREA_TITLE, (colon < 0 ? rest : rest.substring(0, colon)).strip());
					String weakness = colon < 0 ? "" : rest.substring(colon + 1).strip();
					area.put(Column.AREA_WEAKNESS, weakness);
					areaRow = row.number();
				}
				case WEAKNESS -> {
					if (area != null) {
						area.put(Column.AREA_WEAKNESS, row.text());
					}
				}
				case CELLS -> {
					if (mapped(row).values().stream().allMatch(String::isBlank)) {
						continue;
					}
					if (!value(row, WordColumn.ACTION_NUMBER).isBlank() || action.isEmpty()) {
						area = area(area, areaRow);
						flush(action, areaNumber);
					}
					action.add(row);
				}
			}
		}
		area(area, areaRow);
		flush(action, areaNumber);
	}

	/**
	 * Adds the area's row once its weakness is known; null after.
	 */
	private Map<Column, String> area(Map<Column, String> area, int number) {
		if (area != null) {
			this.rows.add(new SheetRow(number, cells(area)));
		}
		return null;
	}

	private void flush(List<WordDocument.Row> action, Integer areaNumber) {
		if (action.isEmpty()) {
			return;
		}
		WordDocument.Row first = action.get(0);
		String number = value(first, WordColumn.ACTION_NUMBER);
		List<WordDocument.Row> doing = action.stream().filter(r -> !value(r, WordColumn.ACTION).isBlank()).toList();
		boolean subActions = doing.size() > 1;
		Map<Column, String> row = new EnumMap<>(Column.class);
		row.put(Column.ROW_TYPE, RowType.ACTION_ROW.text());
		row.put(Column.AREA_NUMBER, areaNumber == null ? "" : String.valueOf(areaNumber));
		row.put(Column.ACTION_NUMBER, number);
		row.put(Column.OUTCOME, value(first, WordColumn.OUTCOME));
		row.put(Column.ACTION, LABEL.matcher(value(first, WordColumn.ACTION)).replaceFirst(""));
		row.put(Column.START, span(action, WordColumn.START, Comparator.naturalOrder()));
		row.put(Column.END, span(action, WordColumn.END, Comparator.reverseOrder()));
		leads(action, row);
		row.put(Column.EVIDENCE, action.stream()
			.map(r -> value(r, WordColumn.EVIDENCE))
			.filter(text -> !text.isBlank())
			.collect(Collectors.joining("\n\n")));
		this.rows.add(new SheetRow(first.number(), cells(row)));
		if (subActions) {
			char next = 'A';
			for (WordDocument.Row r : doing) {
				String text = value(r, WordColumn.ACTION);
				Matcher label = LABEL.matcher(text);
				String written = label.find() ? label.group(1).toUpperCase() : String.valueOf(next);
				next = (char) (written.charAt(0) + 1);
				Map<Column, String> sub = new EnumMap<>(Column.class);
				sub.put(Column.ROW_TYPE, RowType.SUB_ACTION_ROW.text());
				sub.put(Column.ACTION_NUMBER, number);
				sub.put(Column.SUB_ACTION, written);
				sub.put(Column.ACTION, LABEL.matcher(text).replaceFirst(""));
				sub.put(Column.START, withoutPhase(value(r, WordColumn.START)));
				sub.put(Column.END, withoutPhase(value(r, WordColumn.END)));
				sub.put(Column.PHASE, phase(value(r, WordColumn.END)));
				this.rows.add(new SheetRow(r.number(), cells(sub)));
			}
		}
		for (WordDocument.Row r : action) {
			String measure = value(r, WordColumn.MEASURE);
			if (!measure.isBlank()) {
				Map<Column, String> m = new EnumMap<>(Column.class);
				m.put(Column.ROW_TYPE, RowType.MEASURE_ROW.text());
				m.put(Column.ACTION_NUMBER, number);
				m.put(Column.MEASURE, measure);
				this.rows.add(new SheetRow(r.number(), cells(m)));
			}
		}
		action.clear();
	}

	/**
	 * The earliest start (or the latest end) of the action's rows, "Phase 1:" aside; as written on its first row
	 * when a row's date cannot be read, so that the reader names it.
	 */
	private String span(List<WordDocument.Row> action, WordColumn column, Comparator<java.time.LocalDate> order) {
		List<String> written = action.stream().map(r -> withoutPhase(value(r, column))).filter(t -> !t.isBlank()).toList();
		List<Optional<PlanDate>> dates = written.stream().map(CellText::date).toList();
		if (written.isEmpty() || dates.stream().anyMatch(Optional::isEmpty)) {
			return withoutPhase(value(action.get(0), column));
		}
		int best = 0;
		for (int i = 1; i < dates.size(); i++) {
			if (order.compare(dates.get(i).get().date(), dates.get(best).get().date()) < 0) {
				best = i;
			}
		}
		return written.get(best);
	}

	private static String withoutPhase(String date) {
		return PHASE.matcher(date).replaceFirst("").strip();
	}

	private static String phase(String date) {
		Matcher matcher = PHASE.matcher(date);
		return matcher.find() ? matcher.group(1) : "";
	}

	/**
	 * Leads as the plan table writes them, "M.S (CYC); K.McN (CCG)", from initials in brackets (":" or "-" read as
	 * "."), each found among the local area's people; the organisation codes written with no one of theirs named are
	 * lead organisations. What is neither is passed on as written, for the reader to name.
	 */
	private void leads(List<WordDocument.Row> action, Map<Column, String> row) {
		String text = action.stream()
			.map(r -> value(r, WordColumn.LEADS))
			.filter(t -> !t.isBlank())
			.collect(Collectors.joining(" "));
		Set<String> leads = new LinkedHashSet<>();
		Set<String> leadsOrganisations = new LinkedHashSet<>();
		Matcher matcher = INITIALS.matcher(text);
		while (matcher.find()) {
			String initials = matcher.group(1).strip().replaceAll("[:\\-]", ".");
			List<String> organisations = this.people.organisationsByInitials().getOrDefault(initials, List.of());
			if (organisations.size() == 1) {
				leads.add(initials + " (" + organisations.get(0) + ")");
				leadsOrganisations.add(organisations.get(0));
			}
			else {
				leads.add(initials);
			}
		}
		String rest = " " + INITIALS.matcher(text).replaceAll(" ").replaceAll("[,;/&]", " ") + " ";
		Set<String> organisations = new LinkedHashSet<>();
		List<String> codes = this.people.organisationCodes()
			.stream()
			.sorted(Comparator.comparing(String::length).reversed())
			.toList();
		for (String code : codes) {
			String word = " " + code + " ";
			if (rest.contains(word)) {
				rest = rest.replace(word, " ");
				if (!leadsOrganisations.contains(code)) {
					organisations.add(code);
				}
			}
		}
		rest = rest.replaceAll("\\band\\b", " ").strip();
		if (!rest.isEmpty()) {
			leads.add(rest);
		}
		row.put(Column.LEADS, String.join(PlanTable.LIST_SEPARATOR, leads));
		row.put(Column.LEAD_ORGANISATIONS, String.join(PlanTable.LIST_SEPARATOR, organisations));
	}

	private Map<WordColumn, String> mapped(WordDocument.Row row) {
		Map<WordColumn, String> values = new EnumMap<>(WordColumn.class);
		for (WordColumn column : WordColumn.values()) {
			if (column != WordColumn.IGNORE) {
				values.put(column, value(row, column));
			}
		}
		return values;
	}

	/**
	 * The row's text in the columns mapped to this one, paragraphs of several columns joined.
	 */
	private String value(WordDocument.Row row, WordColumn column) {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < this.mapping.size(); i++) {
			if (this.mapping.get(i) == column && !row.cell(i).isBlank()) {
				texts.add(row.cell(i).strip());
			}
		}
		return String.join("\n\n", texts);
	}

	private static List<String> cells(Map<Column, String> row) {
		List<String> cells = new ArrayList<>();
		for (Column column : Column.values()) {
			cells.add(row.getOrDefault(column, ""));
		}
		return cells;
	}

}
