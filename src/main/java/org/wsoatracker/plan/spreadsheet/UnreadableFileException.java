package org.wsoatracker.plan.spreadsheet;

/**
 * The file as a whole cannot be used (empty, not a spreadsheet, too big once unpacked). The message is written for
 * the person who chose the file.
 */
class UnreadableFileException extends Exception {

	UnreadableFileException(String message) {
		super(message);
	}

}
