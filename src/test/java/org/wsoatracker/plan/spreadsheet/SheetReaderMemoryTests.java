package org.wsoatracker.plan.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoatracker.support.LargeWorkbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Workbooks as big as the limits allow, read in the small heap the import's tests run with (pom.xml, execution
 * {@code import-small-heap}). Read whole into memory, as they once were, each took more than that heap (the one of many
 * cells more than 512 MB) and left the server unable to take connections.
 */
class SheetReaderMemoryTests {

	/**
	 * The heap of the import's tests; run with more, these tests show nothing and are skipped.
	 */
	static final long SMALL_HEAP = 256L * 1024 * 1024;

	@TempDir
	Path folder;

	@BeforeEach
	void inTheSmallHeap() {
		assumeTrue(Runtime.getRuntime().maxMemory() <= SMALL_HEAP,
				"runs in the import-small-heap execution of the tests, with -Xmx256m");
	}

	@Test
	void aWorkbookOfLongTextsThatUnpacksToNearlyTheLimitIsRead() throws Exception {
		byte[] file = largeWorkbook(SheetReaderMemoryTests::longTexts);

		List<SheetRow> rows = SheetReader.read(file);

		assertThat(rows).hasSize(PlanSpreadsheets.MAX_ROWS + 1);
		assertThat(rows.get(PlanSpreadsheets.MAX_ROWS).cells()).isEqualTo(longTexts(PlanSpreadsheets.MAX_ROWS));
	}

	@Test
	void aWorkbookOfManyCellsThatUnpacksToNearlyTheLimitIsRead() throws Exception {
		byte[] file = largeWorkbook(SheetReaderMemoryTests::manyCells);

		List<SheetRow> rows = SheetReader.read(file);

		assertThat(rows).hasSize(PlanSpreadsheets.MAX_ROWS + 1);
		assertThat(rows.get(PlanSpreadsheets.MAX_ROWS).cells()).isEqualTo(manyCells(PlanSpreadsheets.MAX_ROWS));
	}

	/**
	 * A workbook of as many rows as a plan table may have, no bigger than an upload may be and unpacking to nearly
	 * as much as a workbook may.
	 */
	private byte[] largeWorkbook(IntFunction<List<String>> row) throws IOException {
		byte[] file = Files.readAllBytes(
				LargeWorkbooks.write(this.folder.resolve("large.xlsx"), PlanSpreadsheets.MAX_ROWS + 1, row));
		assertThat((long) file.length).isLessThan(PlanSpreadsheets.MAX_FILE_BYTES);
		assertThat(LargeWorkbooks.unpackedSize(file)).isBetween(45L * 1024 * 1024, SheetReader.MAX_UNPACKED_BYTES);
		return file;
	}

	/**
	 * Every cell a row may have, each a short text of its own.
	 */
	private static List<String> manyCells(int index) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < SheetReader.MAX_COLUMNS; c++) {
			cells.add("Row " + index + " column " + c + " wide");
		}
		return cells;
	}

	/**
	 * Twenty cells of about 400 characters each, every one different.
	 */
	private static List<String> longTexts(int index) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < 20; c++) {
			cells.add("Row " + index + ", column " + c + ": the local area will review how well the partnership "
					+ "meets the needs of children and young people with special educational needs and disabilities, "
					+ "and report what it finds to the improvement board every month, with the evidence of impact. "
					+ "Row " + index + ", column " + c + ": the board will check that each action is on track and "
					+ "agree what to do where it is not, and say what has changed as a result.");
		}
		return cells;
	}

}
