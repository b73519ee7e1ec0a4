package org.wsoatracker.plan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the plan table (header row first) as XLSX or CSV. Every cell is text, guarded so that no spreadsheet reads
 * it as a formula.
 */
final class SheetWriter {

	static final String SHEET_NAME = "Plan";

	private SheetWriter() {
	}

	static byte[] write(SpreadsheetFormat format, List<List<String>> rows) {
		return format == SpreadsheetFormat.XLSX ? xlsx(rows) : csv(rows);
	}

	/**
	 * A workbook of one sheet: header row bold and frozen, columns sized for their content, long text wrapped.
	 */
	static byte[] xlsx(List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SHEET_NAME);
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle body = workbook.createCellStyle();
			body.setWrapText(true);
			body.setVerticalAlignment(VerticalAlignment.TOP);
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					if (!cells.get(c).isEmpty()) {
						var cell = row.createCell(c);
						cell.setCellValue(CellText.guard(cells.get(c)));
						cell.setCellStyle(r == 0 ? header : body);
					}
				}
			}
			for (Column column : Column.values()) {
				sheet.setColumnWidth(column.ordinal(), column.width() * 256);
			}
			sheet.createFreezePane(0, 1);
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
	static byte[] csv(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write('\uFEFF');
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(CellText::guard));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
