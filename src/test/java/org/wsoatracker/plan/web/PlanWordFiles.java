package org.wsoatracker.plan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word documents (DOCX) built in the test: York's written statement of action as the council wrote its action-plan
 * table (the text of {@code seeds/york-2020-action-plan.txt}, taken from the published statement: one line a table
 * row, cells separated by tabs, "&lt;p&gt;" marking the paragraphs of a cell), and tables of any layout.
 */
public final class PlanWordFiles {

	private PlanWordFiles() {
	}

	/**
	 * York's statement: a paragraph and a table of its leaders (not an action-plan table) before one table for each
	 * area for improvement: the area's row, its weakness, the header, the RAG months, then the actions.
	 */
	public static byte[] york() {
		List<List<List<String>>> tables = new ArrayList<>();
		tables.add(List.of(List.of("Initials", "Name", "Organisation", "Role"),
				List.of("M.S", "Maxine Squire", "CYC", "Assistant Director")));
		List<List<String>> table = null;
		for (String line : yorkLines()) {
			if (line.isBlank() || line.startsWith("-----")) {
				continue;
			}
			if (line.startsWith("Area for Improvement")) {
				table = new ArrayList<>();
				tables.add(table);
			}
			table.add(Arrays.asList(line.split("\t", -1)));
		}
		return docx(tables);
	}

	/**
	 * A document with one table of these rows, the first its header.
	 */
	public static byte[] docx(List<List<List<String>>> tables) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Written statement of action – action plan");
			for (List<List<String>> rows : tables) {
				int width = rows.stream().mapToInt(List::size).max().orElse(1);
				XWPFTable table = document.createTable(rows.size(), width);
				for (int r = 0; r < rows.size(); r++) {
					XWPFTableRow row = table.getRow(r);
					for (int c = 0; c < width; c++) {
						String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
						write(row.getCell(c), text);
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(XWPFTableCell cell, String text) {
		List<String> paragraphs = Arrays.stream(text.split("</p>\\s*<p>"))
			.map(p -> p.replace("<p>", "").replace("</p>", "").strip())
			.toList();
		cell.getParagraphs().get(0).createRun().setText(paragraphs.get(0));
		for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
			cell.addParagraph().createRun().setText(paragraph);
		}
	}

	private static List<String> yorkLines() {
		try (InputStream in = PlanWordFiles.class.getResourceAsStream("/seeds/york-2020-action-plan.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
