package org.wsoatracker.plan.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The action-plan tables of a written statement's Word document (DOCX): the tables with a header row of headings
 * plans use ({@link WordColumn}), each table's rows under it, and the "Area for improvement" rows above or among
 * them. Bounded like the spreadsheet reader: the file's size unpacked, the number of tables, rows and cells, and the
 * text of a cell.
 */
final class WordDocument {

	static final int MAX_TABLES = 200;

	/**
	 * The most characters a cell may hold: twice the longest text the plan table keeps.
	 */
	static final int MAX_CELL_CHARACTERS = 20_000;

	/**
	 * The most the document's text part (word/document.xml, read whole) may unpack to: several times a long written
	 * statement's.
	 */
	static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

	static final String TOO_BIG_DOCUMENT = "The selected Word document is too big once unpacked: its text must "
			+ "unpack to no more than 10 MB";

	static final String NOT_A_WORD_DOCUMENT = "The selected file could not be read as a Word document (DOCX)";

	static final String NO_ACTION_TABLE = "The selected Word document has no action-plan table: no table has a "
			+ "header row with headings such as Action, Lead, Timescale or Measures of success";

	private static final Pattern AREA = Pattern.compile("^area\\s*(?:for\\s+improvement|of\\s+improvement)?\\s*(\\d+)\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A row as read: an area's heading row, the weakness row under it, or cells in the header's columns. Its number
	 * counts every row of every table of the document, from 1.
	 */
	record Row(int number, Kind kind, String text, List<String> cells) {

		enum Kind {

			AREA, WEAKNESS, CELLS

		}

		String cell(int index) {
			return index < this.cells.size() ? this.cells.get(index) : "";
		}

	}

	/**
	 * The headings of the action-plan tables (all of them have the same) and their rows.
	 */
	record Tables(List<String> headings, List<Row> rows) {
	}

	private WordDocument() {
	}

	/**
	 * Whether the file is a Word document rather than a workbook or text.
	 */
	static boolean isWordDocument(byte[] file) {
		if (file.length == 0 || FileMagic.valueOf(file) != FileMagic.OOXML) {
			return false;
		}
		Path copy = null;
		try {
			// The archive's list of parts only: nothing is unpacked
			copy = Files.createTempFile("plan-import-", ".zip");
			Files.write(copy, file);
			try (ZipFile zip = new ZipFile(copy.toFile())) {
				return zip.getEntry("word/document.xml") != null;
			}
		}
		catch (IOException ex) {
			return false;
		}
		finally {
			SheetReader.deleteQuietly(copy);
		}
	}

	static Tables read(byte[] file) throws UnreadableFileException {
		if (file.length == 0) {
			throw new UnreadableFileException("The selected file is empty");
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("plan-import-", ".docx");
			Files.write(copy, file);
			SheetReader.requireModestUnpackedSize(copy);
			requireModestDocumentPart(copy);
			try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
					XWPFDocument document = new XWPFDocument(pkg)) {
				return tables(document);
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | RuntimeException ex) {
			throw new UnreadableFileException(NOT_A_WORD_DOCUMENT);
		}
		finally {
			SheetReader.deleteQuietly(copy);
		}
	}

	/**
	 * Refuses a document whose text part unpacks to more than {@link #MAX_DOCUMENT_BYTES}, counting what is
	 * actually unpacked.
	 */
	private static void requireModestDocumentPart(Path file) throws IOException, UnreadableFileException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry entry = zip.getEntry("word/document.xml");
			if (entry == null) {
				throw new UnreadableFileException(NOT_A_WORD_DOCUMENT);
			}
			try (InputStream part = zip.getInputStream(entry)) {
				if (part.skip(MAX_DOCUMENT_BYTES) == MAX_DOCUMENT_BYTES && part.read() >= 0) {
					throw new UnreadableFileException(TOO_BIG_DOCUMENT);
				}
			}
		}
	}

	private static Tables tables(XWPFDocument document) throws UnreadableFileException {
		List<XWPFTable> tables = document.getTables();
		if (tables.size() > MAX_TABLES) {
			throw new UnreadableFileException(String.format(Locale.UK,
					"The selected Word document has more than %,d tables", MAX_TABLES));
		}
		List<String> headings = null;
		List<Row> rows = new ArrayList<>();
		int number = 0;
		for (XWPFTable table : tables) {
			List<Row> before = new ArrayList<>();
			boolean underHeader = false;
			for (XWPFTableRow tableRow : table.getRows()) {
				number++;
				List<String> cells = cells(tableRow);
				if (!underHeader && isHeader(cells)) {
					if (headings == null) {
						headings = trimmedEnd(cells);
					}
					else if (!normalised(trimmedEnd(cells)).equals(normalised(headings))) {
						throw new UnreadableFileException("The action-plan tables of the selected Word document "
								+ "must all have the same columns: the table whose header row is row " + number
								+ " has other headings");
					}
					underHeader = true;
					rows.addAll(before);
					continue;
				}
				if (headings != null && underHeader && normalised(trimmedEnd(cells)).equals(normalised(headings))) {
					continue;
				}
				Row row = row(number, cells, underHeader ? rows : before);
				if (row != null) {
					if (underHeader) {
						rows.add(row);
					}
					else {
						before.add(row);
					}
					if (rows.size() > PlanSpreadsheets.MAX_ROWS) {
						throw new UnreadableFileException(SheetReader.TOO_MANY_ROWS);
					}
				}
			}
		}
		if (headings == null) {
			throw new UnreadableFileException(NO_ACTION_TABLE);
		}
		return new Tables(headings, rows);
	}

	/**
	 * A row above a header or among the rows: an area heading ("Area for Improvement 1: Leadership"), the weakness
	 * under it (a row of one text, after an area heading), or cells; null for a blank row.
	 */
	private static Row row(int number, List<String> cells, List<Row> previous) {
		List<String> texts = cells.stream().filter(cell -> !cell.isBlank()).distinct().toList();
		if (texts.isEmpty()) {
			return null;
		}
		if (texts.size() == 1) {
			String text = texts.get(0).trim();
			if (AREA.matcher(text).find()) {
				return new Row(number, Row.Kind.AREA, text, List.of());
			}
			if (!previous.isEmpty() && previous.get(previous.size() - 1).kind() == Row.Kind.AREA) {
				return new Row(number, Row.Kind.WEAKNESS, text, List.of());
			}
		}
		return new Row(number, Row.Kind.CELLS, "", cells);
	}

	/**
	 * The area's number in an area heading, or null.
	 */
	static Integer areaNumber(String text) {
		Matcher matcher = AREA.matcher(text);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	/**
	 * The heading after the area's number: "Area for Improvement 1: Leadership &amp; Governance:" gives "Leadership
	 * &amp; Governance:".
	 */
	static String afterAreaNumber(String text) {
		Matcher matcher = AREA.matcher(text);
		return matcher.find() ? text.substring(matcher.end()).replaceFirst("^\\s*[:.\\-–]\\s*", "") : text;
	}

	/**
	 * A header row: at least two of its cells are headings plans use (an unheaded numbers column aside).
	 */
	private static boolean isHeader(List<String> cells) {
		return cells.stream()
			.filter(cell -> !cell.isBlank())
			.filter(cell -> WordColumn.recognise(cell).isPresent())
			.count() >= 2;
	}

	private static List<String> cells(XWPFTableRow row) throws UnreadableFileException {
		List<XWPFTableCell> tableCells = row.getTableCells();
		if (tableCells.size() > SheetReader.MAX_COLUMNS) {
			throw new UnreadableFileException(String.format(Locale.UK,
					"The selected Word document has a table row with more than %,d cells", SheetReader.MAX_COLUMNS));
		}
		List<String> cells = new ArrayList<>();
		for (XWPFTableCell cell : tableCells) {
			String text = cell.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.collect(Collectors.joining("\n"));
			if (text.length() > MAX_CELL_CHARACTERS) {
				throw new UnreadableFileException(String.format(Locale.UK,
						"The selected Word document has a table cell of more than %,d characters",
						MAX_CELL_CHARACTERS));
			}
			cells.add(text.strip());
		}
		return cells;
	}

	private static List<String> trimmedEnd(List<String> cells) {
		int end = cells.size();
		while (end > 0 && cells.get(end - 1).isBlank()) {
			end--;
		}
		return List.copyOf(cells.subList(0, end));
	}

	private static List<String> normalised(List<String> headings) {
		return headings.stream().map(h -> h.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim()).toList();
	}


}
