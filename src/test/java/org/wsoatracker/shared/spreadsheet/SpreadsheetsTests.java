package org.wsoatracker.shared.spreadsheet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetsTests {

	@Test
	void textThatWouldStartAFormulaGetsOneApostrophe() {
		assertThat(Spreadsheets.guard("=1+1")).isEqualTo("'=1+1");
		assertThat(Spreadsheets.guard("+44 1904")).isEqualTo("'+44 1904");
		assertThat(Spreadsheets.guard("-5 days")).isEqualTo("'-5 days");
		assertThat(Spreadsheets.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Spreadsheets.guard("\tTab")).isEqualTo("'\tTab");
		assertThat(Spreadsheets.guard("\rReturn")).isEqualTo("'\rReturn");
	}

	@Test
	void otherTextIsWrittenAsItIs() {
		assertThat(Spreadsheets.guard("Leadership & Governance")).isEqualTo("Leadership & Governance");
		assertThat(Spreadsheets.guard("'quoted")).isEqualTo("'quoted");
		assertThat(Spreadsheets.guard("1+1=2")).isEqualTo("1+1=2");
		assertThat(Spreadsheets.guard("")).isEmpty();
		assertThat(Spreadsheets.guard("'")).isEqualTo("'");
	}

	@Test
	void textAlreadyGuardedByHandGetsAnotherApostropheSoNothingIsLost() {
		assertThat(Spreadsheets.guard("'=1+1")).isEqualTo("''=1+1");
		assertThat(Spreadsheets.unguard("''=1+1")).isEqualTo("'=1+1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "'=1+1", "''=1+1", "-", "'", "''", "'quoted", "plain", "+", "@", "\t",
			"'\t", "=HYPERLINK(\"http://example.org\")", "" })
	void readingBackWhatWasWrittenGivesTheSameText(String text) {
		assertThat(Spreadsheets.unguard(Spreadsheets.guard(text))).isEqualTo(text);
	}

	@Test
	void readingStripsOnlyTheOneApostropheInFrontOfAFormulaCharacter() {
		assertThat(Spreadsheets.unguard("'=1+1")).isEqualTo("=1+1");
		assertThat(Spreadsheets.unguard("'hello")).isEqualTo("'hello");
		assertThat(Spreadsheets.unguard("=1+1")).isEqualTo("=1+1");
	}

}
