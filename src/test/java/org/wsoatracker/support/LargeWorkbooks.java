package org.wsoatracker.support;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellReference;

/**
 * Workbooks too big to build in memory, written part by part straight to a file as Excel writes them: every text cell
 * refers to a shared string of its own, so the shared strings part holds most of the workbook. For tests of how much
 * memory reading a big workbook takes; the test itself stays small.
 */
public final class LargeWorkbooks {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private LargeWorkbooks() {
	}

	/**
	 * A workbook of one sheet of {@code rowCount} rows, row {@code i} (from 0) holding the cells {@code row} gives,
	 * empty ones left out.
	 */
	public static Path write(Path file, int rowCount, IntFunction<List<String>> row) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			part(zip, out, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
					<Default Extension="xml" ContentType="application/xml"/>\
					<Override PartName="/xl/workbook.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
					<Override PartName="/xl/worksheets/sheet1.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
					<Override PartName="/xl/sharedStrings.xml" \
					ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
					</Types>""");
			part(zip, out, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Target="xl/workbook.xml" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
					</Relationships>""");
			part(zip, out, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>\
					</workbook>""".formatted(MAIN, RELATIONSHIPS));
			part(zip, out, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Target="worksheets/sheet1.xml" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>\
					<Relationship Id="rId2" Target="sharedStrings.xml" \
					Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>\
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
					+ "\"><sheetData>");
			int strings = 0;
			for (int r = 0; r < rowCount; r++) {
				out.write("<row r=\"" + (r + 1) + "\">");
				List<String> cells = row.apply(r);
				for (int c = 0; c < cells.size(); c++) {
					if (!cells.get(c).isEmpty()) {
						out.write("<c r=\"" + CellReference.convertNumToColString(c) + (r + 1) + "\" t=\"s\"><v>"
								+ strings++ + "</v></c>");
					}
				}
				out.write("</row>");
			}
			out.write("</sheetData></worksheet>");
			out.flush();
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN
					+ "\" count=\"" + strings + "\" uniqueCount=\"" + strings + "\">");
			for (int r = 0; r < rowCount; r++) {
				for (String cell : row.apply(r)) {
					if (!cell.isEmpty()) {
						out.write("<si><t xml:space=\"preserve\">" + escape(cell) + "</t></si>");
					}
				}
			}
			out.write("</sst>");
			out.flush();
			zip.closeEntry();
		}
		return file;
	}

	/**
	 * How many bytes the archive's parts hold once unpacked.
	 */
	public static long unpackedSize(byte[] archive) throws IOException {
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			while (zip.getNextEntry() != null) {
				total += zip.transferTo(OutputStream.nullOutputStream());
			}
		}
		return total;
	}

	private static void part(ZipOutputStream zip, Writer out, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		out.write(content);
		out.flush();
		zip.closeEntry();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
