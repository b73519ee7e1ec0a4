package org.wsoatracker.plan.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Real spreadsheet files for tests, written as a person's spreadsheet would write them (no formula guards), and read
 * back cell by cell. The column headings are the documented contract of the import template.
 */
final class PlanTableFiles {

	static final List<String> HEADINGS = List.of("Row type", "Area number", "Area title", "Weakness number",
			"Action number", "Sub-action", "Outcome", "Action", "Start", "End", "Phase", "Leads", "Lead organisations",
			"Measure", "Baseline", "Target", "Unit", "Target date", "Evidence and impact", "Area weakness");

	private PlanTableFiles() {
	}

	/**
	 * One row, from heading–value pairs: {@code row("Row type", "AREA", "Area number", "1")}.
	 */
	static List<String> row(String... headingsAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < headingsAndValues.length; i += 2) {
			if (!HEADINGS.contains(headingsAndValues[i])) {
				throw new IllegalArgumentException("No column " + headingsAndValues[i]);
			}
			values.put(headingsAndValues[i], headingsAndValues[i + 1]);
		}
		return HEADINGS.stream().map(heading -> values.getOrDefault(heading, "")).toList();
	}

	/**
	 * The header row followed by the rows given.
	 */
	static List<List<String>> table(List<List<String>> rows) {
		List<List<String>> table = new ArrayList<>();
		table.add(HEADINGS);
		table.addAll(rows);
		return table;
	}

	/**
	 * A small, valid plan for York's inspection: one area, one action with two leads, a sub-action and a measure.
	 */
	static List<List<String>> smallYorkPlan() {
		return table(List.of(
				row("Row type", "AREA", "Area number", "1", "Area title", "Leadership & Governance",
						"Weakness number", "1", "Area weakness", "A lack of cohesive oversight"),
				row("Row type", "ACTION", "Area number", "1", "Action number", "1.1", "Outcome",
						"Leaders have greater assurance", "Action", "WSOA is produced and submitted on time", "Start",
						"February 2020", "End", "2020-07", "Leads", "M.S (CYC); K.McN (CCG)", "Lead organisations",
						"CCG", "Evidence and impact", "The local area has addressed the areas of weakness"),
				row("Row type", "SUB-ACTION", "Action number", "1.1", "Sub-action", "A", "Action",
						"Phase 1 of the JSNA", "Start", "18/02/2020", "End", "2020-10", "Phase", "Phase 1"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure",
						"90% of services monitored against the framework", "Baseline", "40", "Target", "90", "Unit",
						"%", "Target date", "2020-09")));
	}

	static byte[] csv(List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<List<String>> rows) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Plan");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Every cell of the first sheet as text, row by row, each row at least as wide as the header; fails on any cell
	 * that is not text.
	 */
	static List<List<String>> cellsOf(byte[] xlsx) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), HEADINGS.size()); c++) {
					Cell cell = row.getCell(c);
					if (cell != null && cell.getCellType() != CellType.STRING && cell.getCellType() != CellType.BLANK) {
						throw new AssertionError("Cell " + cell.getAddress() + " is " + cell.getCellType() + ", not text");
					}
					cells.add(cell == null ? "" : cell.getStringCellValue());
				}
				rows.add(cells);
			}
			return rows;
		}
	}

}
