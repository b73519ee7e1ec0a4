package org.wsoatracker.progress;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsoatracker.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Evidence files are taken for what their content is, whatever they are called.
 */
class EvidenceFilesTests {

	static final String WRONG_TYPE = "The selected file must be a PDF, DOCX, XLSX, PNG or JPG";

	@Test
	void aWordDocumentIsAcceptedAsDocx() {
		EvidenceFiles.Checked checked = EvidenceFiles.checkType("minutes.docx", TestFiles.docx(Map.of()));

		assertThat(checked.contentType()).isEqualTo(EvidenceFiles.Type.DOCX.contentType());
		assertThat(checked.fileName()).isEqualTo("minutes.docx");
	}

	@Test
	void aProgramNamedDocxIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EvidenceFiles.checkType("minutes.docx", TestFiles.EXE))
			.withMessage(WRONG_TYPE);
	}

	@Test
	void aWordDocumentCarryingAProgramIsRefusedWhateverTheProgramIsCalled() {
		byte[] withExe = TestFiles.docx(Map.of("word/media/setup.exe", TestFiles.EXE));
		byte[] withRenamedExe = TestFiles.docx(Map.of("word/media/image1.png", TestFiles.EXE));

		assertThatIllegalArgumentException().isThrownBy(() -> EvidenceFiles.checkType("minutes.docx", withExe))
			.withMessage(WRONG_TYPE);
		assertThatIllegalArgumentException().isThrownBy(() -> EvidenceFiles.checkType("minutes.docx", withRenamedExe))
			.withMessage(WRONG_TYPE);
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> EvidenceFiles.checkSize(new byte[0]))
			.withMessage("The selected file is empty");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EvidenceFiles.checkSize(new byte[EvidenceFiles.MAX_BYTES + 1]))
			.withMessage("The selected file must be smaller than 10 MB");
		EvidenceFiles.checkSize(new byte[EvidenceFiles.MAX_BYTES]);
	}

}
