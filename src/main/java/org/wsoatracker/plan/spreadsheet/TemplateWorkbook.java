package org.wsoatracker.plan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsoatracker.shared.spreadsheet.Spreadsheets;

/**
 * The import template as a workbook: the plan table (first sheet, the one an import reads) with its header, a note on
 * each heading and two worked example rows; drop-down lists for the row type, the unit and, when downloaded from a
 * plan, the local area's people and partner organisations; an instructions sheet; and the lists' sheet.
 */
final class TemplateWorkbook {

	static final String INSTRUCTIONS = "Instructions";

	static final String LISTS = "Lists";

	static final List<String> UNITS = List.of("%", "days", "weeks", "count", "£");

	/**
	 * The choices a template offers: people as the Leads column writes them ("M.S (CYC)"), organisation codes.
	 */
	record Choices(List<String> people, List<String> organisations) {

		static final Choices NONE = new Choices(List.of(), List.of());

	}

	private TemplateWorkbook() {
	}

	static byte[] write(List<List<String>> rows, List<String> instructions, Choices choices) {
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

			Sheet plan = workbook.createSheet(SheetWriter.SHEET_NAME);
			Drawing<?> drawing = plan.createDrawingPatriarch();
			for (int r = 0; r < rows.size(); r++) {
				Row row = plan.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String text = rows.get(r).get(c);
					if (text.isEmpty()) {
						continue;
					}
					Cell cell = row.createCell(c);
					cell.setCellValue(Spreadsheets.guard(text));
					cell.setCellStyle(r == 0 ? header : body);
					if (r == 0 && c < Column.values().length) {
						ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
						anchor.setCol1(c);
						anchor.setCol2(c + 3);
						anchor.setRow1(0);
						anchor.setRow2(4);
						Comment note = drawing.createCellComment(anchor);
						note.setString(workbook.getCreationHelper().createRichTextString(Column.values()[c].note()));
						note.setAuthor("WSOA Tracker");
						cell.setCellComment(note);
					}
				}
			}
			for (Column column : Column.values()) {
				plan.setColumnWidth(column.ordinal(), column.width() * 256);
			}
			plan.createFreezePane(0, 1);

			Sheet instructionSheet = workbook.createSheet(INSTRUCTIONS);
			instructionSheet.setColumnWidth(0, 120 * 256);
			for (int i = 0; i < instructions.size(); i++) {
				Cell cell = instructionSheet.createRow(i).createCell(0);
				cell.setCellValue(Spreadsheets.guard(instructions.get(i)));
				cell.setCellStyle(i == 0 ? header : body);
			}

			Sheet lists = workbook.createSheet(LISTS);
			List<List<String>> columns = List.of(choices.people(), choices.organisations());
			List<String> headings = List.of("People (Leads)", "Organisations (Lead organisations)");
			Row listHeader = lists.createRow(0);
			for (int c = 0; c < headings.size(); c++) {
				listHeader.createCell(c).setCellValue(headings.get(c));
				listHeader.getCell(c).setCellStyle(header);
				lists.setColumnWidth(c, 36 * 256);
				for (int i = 0; i < columns.get(c).size(); i++) {
					Row row = lists.getRow(i + 1) == null ? lists.createRow(i + 1) : lists.getRow(i + 1);
					row.createCell(c).setCellValue(Spreadsheets.guard(columns.get(c).get(i)));
				}
			}

			DataValidationHelper helper = plan.getDataValidationHelper();
			int lastRow = PlanSpreadsheets.MAX_ROWS;
			validate(plan, helper.createExplicitListConstraint(
					java.util.Arrays.stream(RowType.values()).map(RowType::text).toArray(String[]::new)),
					Column.ROW_TYPE, lastRow, DataValidation.ErrorStyle.STOP,
					"Choose AREA, ACTION, SUB-ACTION or MEASURE");
			validate(plan, helper.createExplicitListConstraint(UNITS.toArray(String[]::new)), Column.UNIT, lastRow,
					DataValidation.ErrorStyle.WARNING, "Usually %, days, weeks, count or £: another unit is kept");
			if (!choices.people().isEmpty()) {
				validate(plan, helper.createFormulaListConstraint(LISTS + "!$A$2:$A$" + (choices.people().size() + 1)),
						Column.LEADS, lastRow, DataValidation.ErrorStyle.WARNING,
						"Leads must be the local area's people, as on the Lists sheet; several are separated by ;");
			}
			if (!choices.organisations().isEmpty()) {
				validate(plan,
						helper.createFormulaListConstraint(
								LISTS + "!$B$2:$B$" + (choices.organisations().size() + 1)),
						Column.LEAD_ORGANISATIONS, lastRow, DataValidation.ErrorStyle.WARNING,
						"Lead organisations must be the local area's, as on the Lists sheet; several are separated by ;");
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void validate(Sheet sheet, DataValidationConstraint constraint, Column column, int lastRow,
			int errorStyle, String message) {
		DataValidation validation = sheet.getDataValidationHelper()
			.createValidation(constraint,
					new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
		validation.setErrorStyle(errorStyle);
		validation.setShowErrorBox(true);
		validation.createErrorBox(column.heading(), message);
		validation.setSuppressDropDownArrow(true);
		sheet.addValidationData(validation);
	}

}
