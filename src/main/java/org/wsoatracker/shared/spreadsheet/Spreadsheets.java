package org.wsoatracker.shared.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables written as XLSX or CSV. Every cell is text, guarded so that no spreadsheet reads it as a formula.
 */
public final class Spreadsheets {

	/**
	 * The characters that make a spreadsheet treat a cell as a formula (or, for tab and carriage return, that some
	 * spreadsheets strip before doing so).
	 */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/**
	 * A sheet of a workbook: its rows, the first the header; widths in characters, column by column.
	 */
	public record Sheet(String name, List<Integer> widths, List<List<String>> rows) {
	}

	private Spreadsheets() {
	}

	/**
	 * A workbook: each sheet's header row bold and frozen, columns as wide as given, long text wrapped.
	 */
	public static byte[] xlsx(List<Sheet> sheets) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle body = workbook.createCellStyle();
			body.setWrapText(true);
			body.setVerticalAlignment(VerticalAlignment.TOP);
			for (Sheet content : sheets) {
				org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(content.name());
				for (int r = 0; r < content.rows().size(); r++) {
					Row row = sheet.createRow(r);
					List<String> cells = content.rows().get(r);
					for (int c = 0; c < cells.size(); c++) {
						if (cells.get(c) != null && !cells.get(c).isEmpty()) {
							Cell cell = row.createCell(c);
							cell.setCellValue(guard(cells.get(c)));
							cell.setCellStyle(r == 0 ? header : body);
						}
					}
				}
				for (int c = 0; c < content.widths().size(); c++) {
					sheet.setColumnWidth(c, content.widths().get(c) * 256);
				}
				sheet.createFreezePane(0, 1);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * UTF-8 with a byte order mark (so that Excel reads it as UTF-8), comma separated, quoted where needed, lines
	 * ending CRLF.
	 */
	public static byte[] csv(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write('\uFEFF');
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(cell -> cell == null ? "" : guard(cell)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Text as written to a cell: with one apostrophe in front when it would otherwise start a formula, so that no
	 * spreadsheet evaluates it. Text that already starts with apostrophes before such a character gets one more, so
	 * that {@link #unguard} always gives back exactly what was written.
	 */
	public static String guard(String text) {
		return startsFormula(text) ? "'" + text : text;
	}

	/**
	 * Text as read from a cell: without the one apostrophe {@link #guard} added.
	 */
	public static String unguard(String text) {
		return text.startsWith("'") && startsFormula(text) ? text.substring(1) : text;
	}

	private static boolean startsFormula(String text) {
		String rest = text.replaceFirst("^'+", "");
		return !rest.isEmpty() && FORMULA_STARTS.indexOf(rest.charAt(0)) >= 0;
	}

}
