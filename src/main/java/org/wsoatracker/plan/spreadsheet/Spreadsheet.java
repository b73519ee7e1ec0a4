package org.wsoatracker.plan.spreadsheet;

/**
 * A spreadsheet ready to download.
 */
public record Spreadsheet(String filename, SpreadsheetFormat format, byte[] content) {
}
