package org.wsoatracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of the kinds leads upload, and of the kinds they must not.
 */
public final class TestFiles {

	/**
	 * The start of a Windows program (.exe): the "MZ" header, the DOS stub's message and the PE signature.
	 */
	public static final byte[] EXE = exe();

	private TestFiles() {
	}

	public static byte[] pdf(String text) {
		return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A Word document's archive (its content types, its document part) holding these parts as well.
	 */
	public static byte[] docx(Map<String, byte[]> moreParts) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"""
			.getBytes(StandardCharsets.UTF_8));
		parts.put("word/document.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"""
			.getBytes(StandardCharsets.UTF_8));
		parts.putAll(moreParts);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] exe() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3C] = (byte) 0x80; // where the PE header starts
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 0x4E, stub.length);
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		return exe;
	}

}
