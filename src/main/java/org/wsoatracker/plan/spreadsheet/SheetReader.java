package org.wsoatracker.plan.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.wsoatracker.shared.spreadsheet.Spreadsheets;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the rows of an uploaded spreadsheet, telling XLSX from CSV by what the file holds, never by its name: an XLSX
 * file is a ZIP archive that opens as a workbook; a CSV file is UTF-8 text. Only the first sheet of a workbook is
 * read, as a stream of cells: memory holds the rows kept and the workbook's shared strings (the text of its cells),
 * never the whole workbook. Nothing in the file is evaluated: a formula cell gives the value last saved with it. A
 * file with more rows than a plan table may have is refused as soon as the reader passes the limit.
 */
final class SheetReader {

	static final String NOT_A_SPREADSHEET = "The selected file must be an XLSX or CSV file";

	static final String NOT_UTF8 = "The selected file must be saved as CSV UTF-8: "
			+ "in Excel, choose Save as, then ‘CSV UTF-8 (Comma delimited)’";

	/**
	 * The most an XLSX file may unpack to: ample for any plan, and far short of what would strain the server.
	 */
	static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	/**
	 * The most a part of a workbook that is read whole rather than as a stream may unpack to: its list of parts and
	 * their relationships, and its styles. Far more than a workbook's usually are (a few kilobytes), while reading
	 * the largest allowed takes some tens of megabytes of memory: styles of 40 MB took more than 256 MB.
	 */
	static final int MAX_PART_BYTES = 5 * 1024 * 1024;

	static final String TOO_BIG_UNPACKED = "The selected file is too big once unpacked: "
			+ "it must hold no more than a plan's table";

	/**
	 * The most columns a row may have values in: the template's 20 and plenty of room for columns added by mistake,
	 * which the import lists as problems.
	 */
	static final int MAX_COLUMNS = 100;

	static final String TOO_MANY_ROWS = String.format(Locale.UK,
			"The selected file must have %,d rows or fewer under the header row", PlanSpreadsheets.MAX_ROWS);

	static final String TOO_MANY_COLUMNS = "The selected file must have nothing to the right of column "
			+ CellReference.convertNumToColString(MAX_COLUMNS - 1);

	private SheetReader() {
	}

	/**
	 * The rows that are not blank, in order, each with its number as the spreadsheet shows it.
	 */
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
		Path copy = null;
		try {
			// A package opened from a file unpacks each part as it is read; from memory it would unpack them all
			copy = Files.createTempFile("plan-import-", ".xlsx");
			Files.write(copy, file);
			requireModestUnpackedSize(copy);
			try (OPCPackage workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
				return firstSheet(workbook);
			}
		}
		catch (TooBigException ex) {
			throw new UnreadableFileException(ex.getMessage());
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			// Not a workbook after all (another kind of ZIP, or a damaged one)
			throw new UnreadableFileException(NOT_A_SPREADSHEET);
		}
		finally {
			deleteQuietly(copy);
		}
	}

	/**
	 * The rows of the workbook's first sheet, read as a stream of cells: only the rows kept are held in memory, with
	 * the workbook's shared strings (the text of its cells).
	 */
	private static List<SheetRow> firstSheet(OPCPackage workbook) throws IOException, OpenXML4JException,
			SAXException, ParserConfigurationException, UnreadableFileException {
		XSSFReader reader = new XSSFReader(workbook);
		Iterator<InputStream> sheets = reader.getSheetsData();
		if (!sheets.hasNext()) {
			throw new UnreadableFileException("The selected file is empty");
		}
		StylesTable styles = styles(workbook);
		SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
		XlsxRows rows = new XlsxRows();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new CellValues(date1904(reader)),
				false) {

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes)
					throws SAXException {
				if ("c".equals(localName)) {
					rows.cellIsError = "e".equals(attributes.getValue("t"));
				}
				super.startElement(uri, localName, qName, attributes);
			}

		});
		try (InputStream sheet = sheets.next()) {
			parser.parse(new InputSource(sheet));
		}
		return rows.rows;
	}

	/**
	 * The workbook's styles, which tell which number cells are dates. They are read whole, so no more than
	 * {@link #MAX_PART_BYTES} of them.
	 */
	private static StylesTable styles(OPCPackage workbook) throws IOException, UnreadableFileException {
		List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.STYLES.getContentType());
		if (parts.isEmpty()) {
			return new StylesTable();
		}
		try (InputStream data = parts.get(0).getInputStream()) {
			byte[] styles = data.readNBytes(MAX_PART_BYTES + 1);
			if (styles.length > MAX_PART_BYTES) {
				throw new UnreadableFileException(TOO_BIG_UNPACKED);
			}
			return new StylesTable(new ByteArrayInputStream(styles));
		}
	}

	/**
	 * Whether the workbook counts its dates from 1904 (as Excel for Mac once did) rather than from 1900.
	 */
	private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException,
			ParserConfigurationException {
		boolean[] date1904 = { false };
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(new DefaultHandler() {

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("workbookPr".equals(localName)) {
					String value = attributes.getValue("date1904");
					date1904[0] = "1".equals(value) || "true".equals(value);
				}
			}

		});
		try (InputStream data = reader.getWorkbookData()) {
			parser.parse(new InputSource(data));
		}
		return date1904[0];
	}

	static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the system's temporary files are cleared in time
			}
		}
	}

	/**
	 * Refuses an archive that unpacks to more than {@link #MAX_UNPACKED_BYTES}, or whose list of parts or
	 * relationships of parts (which are read whole, by their names) unpack to more than {@link #MAX_PART_BYTES},
	 * counting what is actually unpacked rather than trusting the sizes the archive claims.
	 */
	static void requireModestUnpackedSize(Path file) throws IOException, UnreadableFileException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				boolean readWhole = entry.getName().equals("[Content_Types].xml") || entry.getName().endsWith(".rels");
				long size = 0;
				try (InputStream part = zip.getInputStream(entry)) {
					for (int n = part.read(buffer); n > 0; n = part.read(buffer)) {
						total += n;
						size += n;
						if (total > MAX_UNPACKED_BYTES || (readWhole && size > MAX_PART_BYTES)) {
							throw new UnreadableFileException(TOO_BIG_UNPACKED);
						}
					}
				}
			}
		}
	}

	/**
	 * Cells as the streaming reader gives them, kept row by row: gaps between cells filled with empty cells, blank
	 * rows left out (they still count in row numbers), and no more rows or columns than a plan table may have.
	 */
	private static final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {

		/**
		 * How the streaming reader gives an error cell: "ERROR:#DIV/0!".
		 */
		private static final String ERROR = "ERROR:";

		private final List<SheetRow> rows = new ArrayList<>();

		private List<String> cells;

		/**
		 * Whether the cell being read holds an error (such as {@code #DIV/0!}).
		 */
		boolean cellIsError;

		@Override
		public void startRow(int rowNum) {
			this.cells = new ArrayList<>();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			if (value == null) {
				return;
			}
			int column = (reference == null) ? this.cells.size() : new CellReference(reference).getCol();
			String text = (this.cellIsError && value.startsWith(ERROR)) ? value.substring(ERROR.length()) : value;
			if (column >= MAX_COLUMNS) {
				requireBlank(text);
				return;
			}
			while (this.cells.size() <= column) {
				this.cells.add("");
			}
			this.cells.set(column, Spreadsheets.unguard(text));
		}

		@Override
		public void endRow(int rowNum) {
			keep(this.rows, new SheetRow(rowNum + 1, this.cells));
		}

	}

	/**
	 * Number cells as the plan table writes numbers ("90", "12.5"); real date cells as ISO text: a month when the
	 * cell's format shows no day ("Feb-20"), else a day.
	 */
	private static final class CellValues extends DataFormatter {

		private final boolean date1904;

		CellValues(boolean date1904) {
			this.date1904 = date1904;
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				LocalDateTime date = DateUtil.getLocalDateTime(value, this.date1904);
				boolean showsDay = formatString.toLowerCase(Locale.ROOT).contains("d");
				return showsDay ? date.toLocalDate().toString() : YearMonth.from(date).toString();
			}
			return CellText.number(BigDecimal.valueOf(value));
		}

	}

	/**
	 * Keeps a row that is not blank, refusing the file as soon as it has more rows than a plan table may: the header
	 * and {@link PlanSpreadsheets#MAX_ROWS} under it. What comes after is never read.
	 */
	private static void keep(List<SheetRow> rows, SheetRow row) {
		if (row.isBlank()) {
			return;
		}
		if (rows.size() > PlanSpreadsheets.MAX_ROWS) {
			throw new TooBigException(TOO_MANY_ROWS);
		}
		rows.add(row);
	}

	/**
	 * Refuses a value to the right of the columns a row may have ({@link #MAX_COLUMNS}).
	 */
	private static void requireBlank(String valueTooFarRight) {
		if (!valueTooFarRight.isBlank()) {
			throw new TooBigException(TOO_MANY_COLUMNS);
		}
	}

	/**
	 * A file with more rows or columns than a plan table may have, found while its rows are read (by readers that
	 * let no checked exception through).
	 */
	private static final class TooBigException extends RuntimeException {

		TooBigException(String message) {
			super(message, null, false, false);
		}

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
				record.stream().skip(MAX_COLUMNS).forEach(SheetReader::requireBlank);
				keep(rows, new SheetRow((int) record.getRecordNumber(),
						record.stream().map(Spreadsheets::unguard).toList()));
			}
		}
		catch (TooBigException ex) {
			throw new UnreadableFileException(ex.getMessage());
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
