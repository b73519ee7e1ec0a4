package org.wsoatracker.plan.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wsoatracker.shared.spreadsheet.Spreadsheets;

/**
 * Reads the rows of an uploaded spreadsheet, telling XLSX from CSV by what the file holds, never by its name: an XLSX
 * file is a ZIP archive that opens as a workbook; a CSV file is UTF-8 text. Only the first sheet of a workbook is
 * read. Nothing in the file is evaluated: a formula cell gives the value last saved with it.
 */
final class SheetReader {

	static final String NOT_A_SPREADSHEET = "The selected file must be an XLSX or CSV file";

	static final String NOT_UTF8 = "The selected file must be saved as CSV UTF-8: "
			+ "in Excel, choose Save as, then ‘CSV UTF-8 (Comma delimited)’";

	/**
	 * The most an XLSX file may unpack to: ample for any plan, and far short of what would strain the server.
	 */
	static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	private SheetReader() {
	}

	static List<SheetRow> read(byte[] file) throws UnreadableFileException {
		if (file.length == 0) {
			throw new UnreadableFileException("The selected file is empty");
		}
		FileMagic magic = FileMagic.valueOf(file);
		if (magic == FileMagic.OOXML) {
			return xlsx(file);
		}
		if (magic == FileMagic.OLE2) {
			throw new UnreadableFileException(NOT_A_SPREADSHEET + ": save it from your spreadsheet as .xlsx");
		}
		return csv(file);
	}

	private static List<SheetRow> xlsx(byte[] file) throws UnreadableFileException {
		requireModestUnpackedSize(file);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new UnreadableFileException("The selected file is empty");
			}
			Sheet sheet = workbook.getSheetAt(0);
			List<SheetRow> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(Spreadsheets.unguard(text(row.getCell(i))));
				}
				rows.add(new SheetRow(row.getRowNum() + 1, cells));
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// Not a workbook after all (another kind of ZIP, or a damaged one)
			throw new UnreadableFileException(NOT_A_SPREADSHEET);
		}
	}

	/**
	 * Refuses an archive that unpacks to more than {@link #MAX_UNPACKED_BYTES}, counting what is actually unpacked
	 * rather than trusting the sizes the archive claims.
	 */
	private static void requireModestUnpackedSize(byte[] file) throws UnreadableFileException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					total += n;
					if (total > MAX_UNPACKED_BYTES) {
						throw new UnreadableFileException("The selected file is too big once unpacked: "
								+ "it must hold no more than a plan's table");
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableFileException(NOT_A_SPREADSHEET);
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? date(cell)
					: CellText.number(BigDecimal.valueOf(cell.getNumericCellValue()));
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}

	/**
	 * A real date cell, as ISO text: a month when the cell's format shows no day ("Feb-20"), else a day.
	 */
	private static String date(Cell cell) {
		LocalDateTime value = cell.getLocalDateTimeCellValue();
		String format = cell.getCellStyle().getDataFormatString();
		boolean showsDay = format == null || format.toLowerCase(Locale.ROOT).contains("d");
		return showsDay ? value.toLocalDate().toString() : YearMonth.from(value).toString();
	}

	private static List<SheetRow> csv(byte[] file) throws UnreadableFileException {
		String text = utf8(file);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
		List<SheetRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rows.add(new SheetRow((int) record.getRecordNumber(),
						record.stream().map(Spreadsheets::unguard).toList()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw new UnreadableFileException(
					"The selected file could not be read as CSV: check that every quoted cell ends with a quote");
		}
		return rows;
	}

	/**
	 * The file as UTF-8 text, if it is text: valid UTF-8 with no NUL characters.
	 */
	private static String utf8(byte[] file) throws UnreadableFileException {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new UnreadableFileException(NOT_A_SPREADSHEET);
			}
			return text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableFileException(looksLikeText(file) ? NOT_UTF8 : NOT_A_SPREADSHEET);
		}
	}

	/**
	 * Whether the bytes hold no control characters but tab and line ends: text in some other encoding (such as the
	 * Windows one Excel uses for plain CSV), not binary.
	 */
	private static boolean looksLikeText(byte[] file) {
		for (byte b : file) {
			if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

}
