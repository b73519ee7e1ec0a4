package org.wsoatracker.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.wsoatracker.plan.spreadsheet.ImportProblem;
import org.wsoatracker.plan.spreadsheet.PlanSpreadsheets;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * A plan's file sent with a form (a spreadsheet or a Word document, to import a plan or to change one), in one set of
 * rules: the form's field {@code file} must hold a file chosen, within {@link PlanSpreadsheets#MAX_FILE_BYTES} and
 * not empty; a file with problems is refused with their count on the field and the problems listed by row.
 */
final class UploadedPlanFile {

	static final String TOO_BIG = "The selected file must be smaller than 5 MB";

	private UploadedPlanFile() {
	}

	/**
	 * Rejects the form's {@code file} field unless a file was chosen, within the limit and not empty.
	 */
	static void check(MultipartFile file, BindingResult result) {
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			result.rejectValue("file", "required", "Select a spreadsheet file");
		}
		else if (file.getSize() > PlanSpreadsheets.MAX_FILE_BYTES) {
			result.rejectValue("file", "size", TOO_BIG);
		}
		else if (file.isEmpty()) {
			result.rejectValue("file", "empty", "The selected file is empty");
		}
	}

	static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file's problems: their count on the {@code file} field, and the first of them (row, column, problem) with
	 * their count in the model as {@code problems} and {@code problemCount}, for the
	 * {@code plan/import-problems :: problems} fragment.
	 */
	static void refuse(List<ImportProblem> problems, int count, BindingResult result, Model model) {
		result.rejectValue("file", "problems", count == 1
				? "The selected file has a problem. Fix it and choose the file again"
				: String.format(Locale.UK, "The selected file has %,d problems. Fix them and choose the file again",
						count));
		model.addAttribute("problems", problems.stream()
			.map(p -> List.of(p.row() == null ? "" : String.valueOf(p.row()), p.column() == null ? "" : p.column(),
					p.message()))
			.toList());
		model.addAttribute("problemCount", count);
	}

}
