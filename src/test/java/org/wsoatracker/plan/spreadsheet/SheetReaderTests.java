package org.wsoatracker.plan.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

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
	void aFormulaIsNeverEvaluatedItsSavedValueIsRead() throws Exception {
		Path file = write("formula.xlsx", workbook -> {
			Row row = workbook.createSheet("Plan").createRow(0);
			row.createCell(0).setCellFormula("1+1");
			row.getCell(0).setCellValue(5); // the value saved with it, not what it calculates
			row.createCell(1).setCellFormula("\"Leader\"&\"ship\"");
			row.getCell(1).setCellValue("Leadership");
			row.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
			row.createCell(3).setCellFormula("1+1"); // saved without a value
			row.createCell(4).setCellValue("last");
		});

		assertThat(SheetReader.read(Files.readAllBytes(file)).get(0).cells()).containsExactly("5", "Leadership",
				"#DIV/0!", "", "last");
	}

	@Test
	void datesOfAWorkbookCountingFrom1904() throws Exception {
		Path file = write("mac.xlsx", workbook -> {
			CTWorkbook ct = ((XSSFWorkbook) workbook).getCTWorkbook();
			(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row row = workbook.createSheet("Plan").createRow(0);
			row.createCell(0).setCellValue(LocalDate.of(2020, 2, 18));
			row.getCell(0).setCellStyle(day);
		});

		assertThat(SheetReader.read(Files.readAllBytes(file)).get(0).cells()).containsExactly("2020-02-18");
	}

	@Test
	void onlyTheFirstSheetIsRead() throws Exception {
		Path file = write("sheets.xlsx", workbook -> {
			workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("first");
			workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("second");
		});

		assertThat(SheetReader.read(Files.readAllBytes(file))).extracting(SheetRow::cells)
			.containsExactly(List.of("first"));
	}

	@Test
	void hiddenCharactersWrittenTheXlsxWayAreReadAsTheCharacters() throws Exception {
		Path file = write("hidden.xlsx", workbook -> workbook.createSheet("Plan")
			.createRow(0)
			.createCell(0)
			.setCellValue("Leader_x0000_ship"));

		assertThat(SheetReader.read(Files.readAllBytes(file)).get(0).cells()).containsExactly("Leader\u0000ship");
	}

	@Test
	void rowNumbersAreTheSpreadsheetsOwn() throws Exception {
		Path file = write("gaps.xlsx", workbook -> {
			var sheet = workbook.createSheet("Plan");
			sheet.createRow(0).createCell(0).setCellValue("Row type");
			sheet.createRow(2).createCell(3).setCellValue(" "); // blank: left out
			sheet.createRow(4).createCell(0).setCellValue("AREA");
		});

		assertThat(SheetReader.read(Files.readAllBytes(file))).extracting(SheetRow::number).containsExactly(1, 5);
	}

	@Test
	void csvRowNumbersCountBlankLinesButNotLineBreaksInsideCells() throws Exception {
		byte[] csv = "\uFEFFRow type,Outcome\r\nACTION,\"Two\r\nlines\"\r\n\r\n,\r\nMEASURE,'-5\r\n"
			.getBytes(StandardCharsets.UTF_8);

		List<SheetRow> rows = SheetReader.read(csv);

		assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 5);
		assertThat(rows.get(0).cells()).containsExactly("Row type", "Outcome");
		assertThat(rows.get(1).cells()).containsExactly("ACTION", "Two\r\nlines");
		assertThat(rows.get(2).cells()).containsExactly("MEASURE", "-5");
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

	@Test
	void xmlThatAsksForAnotherFileIsRefused() throws Exception {
		Path secret = Files.writeString(this.folder.resolve("secret.txt"), "not for the reader");
		byte[] file = changePart(Files.readAllBytes(write("xxe.xlsx",
				workbook -> workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("Row type"))),
				"xl/sharedStrings.xml",
				xml -> xml.replaceFirst("<sst ", "<!DOCTYPE sst [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]><sst ")
					.replace("Row type", "&secret;"));

		assertRefused(file, SheetReader.NOT_A_SPREADSHEET);
	}

	// How much a file may hold

	@Test
	void partsReadWholeMayUnpackToFiveMegabytesAtMost() throws Exception {
		byte[] file = Files.readAllBytes(write("plan.xlsx",
				workbook -> workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("Row type")));
		String tooMuch = "<!--" + letters(5 * 1024 * 1024) + "-->";
		String enough = "<!--" + letters(4 * 1024 * 1024) + "-->";

		for (String part : List.of("xl/styles.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels")) {
			assertRefused(changePart(file, part, xml -> xml + tooMuch),
					"The selected file is too big once unpacked: it must hold no more than a plan's table");
			assertThat(SheetReader.read(changePart(file, part, xml -> xml + enough))).hasSize(1);
		}
	}

	@Test
	void aTableWithAsManyRowsAsAPlanMayHaveIsRead() throws Exception {
		byte[] file = Files.readAllBytes(writeMeasures("limit.xlsx", PlanSpreadsheets.MAX_ROWS, 50));

		List<SheetRow> rows = SheetReader.read(file);

		assertThat(rows).hasSize(5_001);
		assertThat(rows.get(5_000).cells()).containsExactly("MEASURE", "Measure 5000");
	}

	@Test
	void oneRowMoreIsRefused() throws Exception {
		assertRefused(Files.readAllBytes(writeMeasures("over.xlsx", PlanSpreadsheets.MAX_ROWS + 1, 0)),
				"The selected file must have 5,000 rows or fewer under the header row");
	}

	@Test
	void aWorkbookOverTheLimitIsRefusedWithoutReadingTheRest() throws Exception {
		// The sheet breaks off in the middle of a row: read that far, the file is refused as damaged
		byte[] file = Files.readAllBytes(writeMeasures("long.xlsx", 6_000, 0));
		byte[] brokenAfterTheLimit = changePart(file, "xl/worksheets/sheet1.xml",
				xml -> xml.substring(0, xml.indexOf("<row r=\"5003\"") + 10));
		byte[] brokenBeforeTheLimit = changePart(file, "xl/worksheets/sheet1.xml",
				xml -> xml.substring(0, xml.indexOf("<row r=\"5001\"") + 10));

		assertRefused(brokenAfterTheLimit, "The selected file must have 5,000 rows or fewer under the header row");
		assertRefused(brokenBeforeTheLimit, SheetReader.NOT_A_SPREADSHEET);
	}

	@Test
	void csvWithAsManyRowsAsAPlanMayHaveAndBlankLinesIsRead() throws Exception {
		String csv = "Row type,Measure\r\n" + measureLines(1, PlanSpreadsheets.MAX_ROWS) + "\r\n,,\r\n".repeat(100);

		assertThat(SheetReader.read(csv.getBytes(StandardCharsets.UTF_8))).hasSize(5_001);
	}

	@Test
	void csvOverTheLimitIsRefusedWithoutReadingTheRest() {
		String csv = "Row type,Measure\r\n" + measureLines(1, PlanSpreadsheets.MAX_ROWS + 1)
				+ "MEASURE,\"never closed\r\n";

		assertRefused(csv.getBytes(StandardCharsets.UTF_8),
				"The selected file must have 5,000 rows or fewer under the header row");
	}

	@Test
	void aValueToTheRightOfColumnCvIsRefused() throws Exception {
		Path wideEnough = write("cv.xlsx", workbook -> {
			Row row = workbook.createSheet("Plan").createRow(0);
			row.createCell(0).setCellValue("Row type");
			row.createCell(99).setCellValue("Notes"); // column CV
			row.createCell(16_383).setCellValue(" "); // blank, in the last column there is
		});
		Path tooWide = write("cw.xlsx", workbook -> {
			Row row = workbook.createSheet("Plan").createRow(0);
			row.createCell(0).setCellValue("Row type");
			row.createCell(100).setCellValue("Notes"); // column CW
		});

		assertThat(SheetReader.read(Files.readAllBytes(wideEnough)).get(0).cells()).hasSize(100).endsWith("Notes");
		assertRefused(Files.readAllBytes(tooWide), "The selected file must have nothing to the right of column CV");
		assertRefused(("Row type" + ",".repeat(100) + "Notes\r\n").getBytes(StandardCharsets.UTF_8),
				"The selected file must have nothing to the right of column CV");
		assertThat(SheetReader.read(("Row type" + ",".repeat(200) + "\r\n").getBytes(StandardCharsets.UTF_8)))
			.hasSize(1);
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

	/**
	 * A header row and {@code measures} MEASURE rows, written by the streaming writer, with a blank row after every
	 * {@code blankEvery} rows (none if 0).
	 */
	private Path writeMeasures(String name, int measures, int blankEvery) throws IOException {
		Path file = this.folder.resolve(name);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Plan");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("Row type");
			header.createCell(1).setCellValue("Measure");
			int r = 1;
			for (int i = 1; i <= measures; i++) {
				if (blankEvery > 0 && i % blankEvery == 0) {
					sheet.createRow(r++).createCell(0).setCellValue("");
				}
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue("MEASURE");
				row.createCell(1).setCellValue("Measure " + i);
			}
			workbook.write(out);
		}
		return file;
	}

	/**
	 * Letters that pack about as well as a workbook's XML does (a far higher ratio is refused as a zip bomb).
	 */
	private static String letters(int count) {
		Random random = new Random(count);
		StringBuilder letters = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(4)));
		}
		return letters.toString();
	}

	private static String measureLines(int from, int to) {
		StringBuilder lines = new StringBuilder();
		for (int i = from; i <= to; i++) {
			lines.append("MEASURE,Measure ").append(i).append("\r\n");
		}
		return lines.toString();
	}

	/**
	 * The archive with one of its parts changed.
	 */
	private byte[] changePart(byte[] archive, String name, UnaryOperator<String> change) throws IOException {
		Path file = Files.write(Files.createTempFile(this.folder, "archive", ".zip"), archive);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry : Collections.list(in.entries())) {
				byte[] content = in.getInputStream(entry).readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(name)
						? change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
						: content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	interface WorkbookContent {

		void fill(Workbook workbook);

	}

}
