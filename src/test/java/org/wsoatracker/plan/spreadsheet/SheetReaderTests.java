package org.wsoatracker.plan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading real files written to disk: XLSX and CSV told apart by what they hold, cells read as text.
 */
class SheetReaderTests {

	@TempDir
	Path folder;

	@Test
	void xlsxCellsOfEveryKindAreReadAsText() throws Exception {
		Path file = write("plan.xlsx", workbook -> {
			Row row = workbook.createSheet("Plan").createRow(0);
			row.createCell(0).setCellValue("ACTION");
			row.createCell(1).setCellValue(1.0);
			row.createCell(2).setCellValue(12.5);
			CellStyle month = workbook.createCellStyle();
			month.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("mmm-yy"));
			row.createCell(3).setCellValue(LocalDate.of(2020, 2, 1));
			row.getCell(3).setCellStyle(month);
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d mmmm yyyy"));
			row.createCell(4).setCellValue(LocalDate.of(2020, 2, 18));
			row.getCell(4).setCellStyle(day);
			row.createCell(5).setCellValue(true);
			row.createCell(6).setCellValue("'=1+1");
			row.createCell(8).setCellValue("after a gap");
		});

		List<SheetRow> rows = SheetReader.read(Files.readAllBytes(file));

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).number()).isEqualTo(1);
		assertThat(rows.get(0).cells()).containsExactly("ACTION", "1", "12.5", "2020-02", "2020-02-18", "TRUE", "=1+1",
				"", "after a gap");
	}

	@Test
	void aFormulaIsNeverEvaluated() throws Exception {
		Path file = write("formula.xlsx", workbook -> {
			Row row = workbook.createSheet("Plan").createRow(0);
			row.createCell(0).setCellFormula("1+1"); // saved without a calculated value
		});

		assertThat(SheetReader.read(Files.readAllBytes(file)).get(0).cells()).containsExactly("0");
	}

	@Test
	void rowNumbersAreTheSpreadsheetsOwn() throws Exception {
		Path file = write("gaps.xlsx", workbook -> {
			var sheet = workbook.createSheet("Plan");
			sheet.createRow(0).createCell(0).setCellValue("Row type");
			sheet.createRow(4).createCell(0).setCellValue("AREA");
		});

		assertThat(SheetReader.read(Files.readAllBytes(file))).extracting(SheetRow::number).containsExactly(1, 5);
	}

	@Test
	void csvRowNumbersCountBlankLinesButNotLineBreaksInsideCells() throws Exception {
		byte[] csv = "\uFEFFRow type,Outcome\r\nACTION,\"Two\r\nlines\"\r\n\r\nMEASURE,'-5\r\n"
			.getBytes(StandardCharsets.UTF_8);

		List<SheetRow> rows = SheetReader.read(csv);

		assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3, 4);
		assertThat(rows.get(0).cells()).containsExactly("Row type", "Outcome");
		assertThat(rows.get(1).cells()).containsExactly("ACTION", "Two\r\nlines");
		assertThat(rows.get(2).isBlank()).isTrue();
		assertThat(rows.get(3).cells()).containsExactly("MEASURE", "-5");
	}

	@Test
	void csvNamedXlsxIsReadAsCsv() throws Exception {
		Path file = Files.writeString(this.folder.resolve("plan.xlsx"), "Row type\nAREA\n");

		assertThat(SheetReader.read(Files.readAllBytes(file))).hasSize(2);
	}

	@Test
	void emptyFile() {
		assertRefused(new byte[0], "The selected file is empty");
	}

	@Test
	void oldExcelWorkbookIsRefusedWithAHint() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("Row type");
			workbook.write(out);
		}

		assertRefused(out.toByteArray(), "The selected file must be an XLSX or CSV file: save it from your spreadsheet as .xlsx");
	}

	@Test
	void csvInAnotherEncodingIsRefusedWithAHint() {
		byte[] windows1252 = "Row type,Unit\r\nMEASURE,£\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

		assertRefused(windows1252, SheetReader.NOT_UTF8);
	}

	@Test
	void textWithNulCharactersIsNotCsv() {
		assertRefused("Row type\u0000AREA".getBytes(StandardCharsets.UTF_8), SheetReader.NOT_A_SPREADSHEET);
	}

	@Test
	void unfinishedQuoteInCsv() {
		assertRefused("Row type,Outcome\r\nACTION,\"never closed\r\n".getBytes(StandardCharsets.UTF_8),
				"The selected file could not be read as CSV: check that every quoted cell ends with a quote");
	}

	@Test
	void zipThatUnpacksToFarMoreThanAPlanIsRefusedBeforeItIsOpened() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 60; i++) {
				zip.write(zeros);
			}
		}
		assertThat(out.size()).isLessThan(1024 * 1024);

		assertRefused(out.toByteArray(),
				"The selected file is too big once unpacked: it must hold no more than a plan's table");
	}

	private void assertRefused(byte[] file, String message) {
		assertThatExceptionOfType(UnreadableFileException.class).isThrownBy(() -> SheetReader.read(file))
			.withMessage(message);
	}

	private Path write(String name, WorkbookContent content) throws IOException {
		Path file = this.folder.resolve(name);
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			content.fill(workbook);
			workbook.write(out);
		}
		return file;
	}

	interface WorkbookContent {

		void fill(Workbook workbook);

	}

}
