package org.wsoatracker.plan.spreadsheet;

import java.util.Optional;

/**
 * The two forms of the plan table: an Excel workbook or comma-separated text.
 */
public enum SpreadsheetFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	SpreadsheetFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	public static Optional<SpreadsheetFormat> ofExtension(String extension) {
		for (SpreadsheetFormat format : values()) {
			if (format.extension.equalsIgnoreCase(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
