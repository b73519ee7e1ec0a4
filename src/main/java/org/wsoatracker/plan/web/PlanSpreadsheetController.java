package org.wsoatracker.plan.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.plan.spreadsheet.ImportResult;
import org.wsoatracker.plan.spreadsheet.PlanImport;
import org.wsoatracker.plan.spreadsheet.PlanSpreadsheets;
import org.wsoatracker.plan.spreadsheet.Spreadsheet;
import org.wsoatracker.plan.spreadsheet.SpreadsheetFormat;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.AreaMember;
import org.wsoatracker.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * A plan's action table as a spreadsheet: export (everyone who may read plans), the empty template and the import
 * that creates a plan from a filled-in table (administrators).
 */
@Controller
class PlanSpreadsheetController {

	static final String TOO_BIG = "The selected file must be smaller than 5 MB";

	private final PlanSpreadsheets spreadsheets;

	private final PlanService plans;

	private final InspectionService inspections;

	private final MeterRegistry meters;

	private final ImportGuide guide;

	PlanSpreadsheetController(PlanSpreadsheets spreadsheets, PlanService plans, InspectionService inspections,
			MeterRegistry meters, ImportGuide guide) {
		this.guide = guide;
		this.meters = meters;
		this.spreadsheets = spreadsheets;
		this.plans = plans;
		this.inspections = inspections;
	}

	@GetMapping("/plans/{id}/export.{extension:xlsx|csv}")
	ResponseEntity<byte[]> export(@PathVariable long id, @PathVariable String extension) {
		return download(this.spreadsheets.export(id, format(extension)));
	}

	@GetMapping("/plans/import/template.{extension:xlsx|csv}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<byte[]> template(@PathVariable String extension) {
		return download(this.spreadsheets.template(format(extension)));
	}

	/**
	 * The guide to the plan table: {@code docs/import-template.md}, shown in the service.
	 */
	@GetMapping("/plans/import/guide")
	@PreAuthorize("hasRole('ADMIN')")
	String guide(Model model) {
		model.addAttribute("guide", this.guide.page());
		return "plan/import-guide";
	}

	@GetMapping("/plans/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importForm(@ModelAttribute("form") PlanImportForm form, @AuthenticationPrincipal AreaMember user,
			Model model) {
		return formPage(user, model);
	}

	@PostMapping("/plans/import")
	@PreAuthorize("hasRole('ADMIN')")
	String importPlan(@ModelAttribute("form") PlanImportForm form, BindingResult result,
			@AuthenticationPrincipal AreaMember user, Model model) {
		List<Option> inspectionOptions = inspectionOptions(user);
		if (inspectionOptions.stream().noneMatch(option -> option.value().equals(form.getInspectionId()))) {
			result.rejectValue("inspectionId", "required", "Select the inspection the plan answers");
		}
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			result.rejectValue("title", "required", "Enter the plan title");
		}
		else if (form.getTitle().trim().length() > 300) {
			result.rejectValue("title", "length", "Plan title must be 300 characters or fewer");
		}
		if (kindOptions().stream().noneMatch(option -> option.value().equals(form.getKind()))) {
			result.rejectValue("kind", "required", "Select the kind of plan");
		}
		if (form.getScaleCode() == null || form.getScaleCode().isBlank()) {
			result.rejectValue("scaleCode", "required", "Select a progress scale");
		}
		MultipartFile file = form.getFile();
		if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
			result.rejectValue("file", "required", "Select a spreadsheet file");
		}
		else if (file.getSize() > PlanSpreadsheets.MAX_FILE_BYTES) {
			result.rejectValue("file", "size", TOO_BIG);
		}
		else if (file.isEmpty()) {
			result.rejectValue("file", "empty", "The selected file is empty");
		}
		if (result.hasErrors()) {
			return formPage(user, model);
		}
		ImportResult imported = this.spreadsheets.importPlan(new PlanImport(Long.parseLong(form.getInspectionId()),
				form.getTitle().trim(), PlanKind.valueOf(form.getKind()), form.getScaleCode(), bytes(file)));
		DistributionSummary.builder("wsoa.plan.imports")
			.description("Sizes of the spreadsheets imported as plans, by outcome")
			.baseUnit("bytes")
			.tag("outcome", (imported instanceof ImportResult.Imported) ? "imported"
					: (imported instanceof ImportResult.Unreadable) ? "unreadable" : "refused")
			.register(this.meters)
			.record(file.getSize());
		if (imported instanceof ImportResult.Imported plan) {
			return "redirect:/plans/" + plan.planId();
		}
		if (imported instanceof ImportResult.Unreadable unreadable) {
			result.rejectValue("file", "unreadable", unreadable.message());
			return formPage(user, model);
		}
		ImportResult.Refused refused = (ImportResult.Refused) imported;
		result.rejectValue("file", "problems", refused.count() == 1
				? "The selected file has a problem. Fix it and choose the file again"
				: String.format(Locale.UK, "The selected file has %,d problems. Fix them and choose the file again",
						refused.count()));
		model.addAttribute("problems", refused.problems()
			.stream()
			.map(p -> List.of(p.row() == null ? "" : String.valueOf(p.row()), p.column() == null ? "" : p.column(),
					p.message()))
			.toList());
		model.addAttribute("problemCount", refused.count());
		formPage(user, model);
		return "plan/import-problems";
	}

	private String formPage(AreaMember user, Model model) {
		model.addAttribute("inspections", inspectionOptions(user));
		model.addAttribute("kinds", kindOptions());
		model.addAttribute("scales", scaleOptions());
		model.addAttribute("maxRows", PlanSpreadsheets.MAX_ROWS);
		return "plan/import";
	}

	private List<Option> inspectionOptions(AreaMember user) {
		return this.inspections.inspections(user.scope())
			.stream()
			.map(inspection -> new Option(String.valueOf(inspection.id()), inspection.title()))
			.toList();
	}

	private static List<Option> kindOptions() {
		return Arrays.stream(PlanKind.values()).map(kind -> new Option(kind.name(), kind.label())).toList();
	}

	private List<Option> scaleOptions() {
		return this.plans.scales()
			.stream()
			.map(scale -> new Option(scale.code(), scale.name(),
					scale.steps().stream().map(ScaleView.Step::label).collect(Collectors.joining(", "))))
			.toList();
	}

	static SpreadsheetFormat format(String extension) {
		return SpreadsheetFormat.ofExtension(extension).orElseThrow(() -> new NotFoundException("Format"));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ResponseEntity<byte[]> download(Spreadsheet spreadsheet) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(spreadsheet.format().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(spreadsheet.filename()).build().toString())
			.body(spreadsheet.content());
	}

}
