package org.wsoatracker.progress;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Which evidence files are accepted, decided by their content, never by their name: PDF, Word (DOCX), Excel (XLSX),
 * PNG and JPEG, at most 10 MB each. {@link EvidenceUploads} applies these rules, with a virus scan between them.
 */
public final class EvidenceFiles {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private EvidenceFiles() {
	}

	/**
	 * A file that passed the checks, with the content type its content shows.
	 */
	public record Checked(String fileName, String contentType, byte[] content) {
	}

	/**
	 * A stored file on its way back to a browser.
	 */
	public record Stored(String fileName, String contentType, byte[] content) {
	}

	public enum Type {

		PDF("application/pdf", ".pdf"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"), PNG("image/png", ".png"),
		JPEG("image/jpeg", ".jpg");

		private final String contentType;

		private final String extension;

		Type(String contentType, String extension) {
			this.contentType = contentType;
			this.extension = extension;
		}

		public String contentType() {
			return this.contentType;
		}

		public String extension() {
			return this.extension;
		}

	}

	/**
	 * The type the content shows, if it is one of the accepted ones.
	 */
	public static Optional<Type> detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes())) {
			return Optional.of(Type.PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
			return Optional.of(Type.PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(Type.JPEG);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officeDocument(content);
		}
		return Optional.empty();
	}

	/**
	 * Checks a file's size.
	 * @throws IllegalArgumentException with a message fit to show, when the file is empty or too big
	 */
	static void checkSize(byte[] content) {
		if (content.length == 0) {
			throw new IllegalArgumentException("The selected file is empty");
		}
		if (content.length > MAX_BYTES) {
			throw new IllegalArgumentException("The selected file must be smaller than 10 MB");
		}
	}

	/**
	 * Checks a file's type: returns it with its real content type and a safe name, or says what is wrong.
	 * @throws IllegalArgumentException with a message fit to show, when the content is none of the accepted types
	 */
	static Checked checkType(String originalName, byte[] content) {
		Type type = detect(content).orElseThrow(
				() -> new IllegalArgumentException("The selected file must be a PDF, DOCX, XLSX, PNG or JPG"));
		return new Checked(safeName(originalName, type), type.contentType(), content);
	}

	/**
	 * A file name fit for a download header: the base name with only plain characters, and the extension of the
	 * type the content showed.
	 */
	static String safeName(String originalName, Type type) {
		String base = originalName == null ? "" : originalName.replaceAll(".*[/\\\\]", "");
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^A-Za-z0-9 ._-]", "_").strip();
		if (base.isEmpty()) {
			base = "evidence";
		}
		if (base.length() > 100) {
			base = base.substring(0, 100);
		}
		return base + type.extension();
	}

	/**
	 * A Word or Excel file is a ZIP archive holding word/document.xml or xl/workbook.xml, and no Windows program
	 * (an .exe, .dll or .scr file, whatever its name: its content starts with "MZ"). Only the archive's directory and
	 * the first two bytes of each entry are read; nothing is unpacked.
	 */
	private static Optional<Type> officeDocument(byte[] content) {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
			if (zip.getEntry("[Content_Types].xml") == null || holdsProgram(zip)) {
				return Optional.empty();
			}
			if (zip.getEntry("word/document.xml") != null) {
				return Optional.of(Type.DOCX);
			}
			if (zip.getEntry("xl/workbook.xml") != null) {
				return Optional.of(Type.XLSX);
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean holdsProgram(ZipFile zip) throws IOException {
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			try (InputStream in = zip.getInputStream(entry)) {
				if (startsWith(in.readNBytes(2), new byte[] { 'M', 'Z' })) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
