package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSession;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.plan.spreadsheet.ImportResult;
import org.wsoatracker.plan.spreadsheet.PlanImport;
import org.wsoatracker.plan.spreadsheet.PlanSpreadsheets;
import org.wsoatracker.plan.spreadsheet.Spreadsheet;
import org.wsoatracker.plan.spreadsheet.SpreadsheetFormat;
import org.wsoatracker.plan.spreadsheet.WordColumn;
import org.wsoatracker.plan.spreadsheet.WordColumns;
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
import org.springframework.validation.BeanPropertyBindingResult;
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
			@AuthenticationPrincipal AreaMember user, HttpSession session, Model model) {
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
		UploadedPlanFile.check(file, result);
		if (result.hasErrors()) {
			return formPage(user, model);
		}
		PlanImport request = new PlanImport(Long.parseLong(form.getInspectionId()), form.getTitle().trim(),
				PlanKind.valueOf(form.getKind()), form.getScaleCode(), UploadedPlanFile.bytes(file));
		if (PlanSpreadsheets.isWordDocument(request.file())) {
			WordColumns columns = this.spreadsheets.wordColumns(request.file());
			if (columns instanceof WordColumns.Unreadable unreadable) {
				result.rejectValue("file", "unreadable", unreadable.message());
				return formPage(user, model);
			}
			session.setAttribute(WordUpload.SESSION_ATTRIBUTE,
					new WordUpload(request, file.getOriginalFilename(), ((WordColumns.Found) columns).headings()));
			return "redirect:/plans/import/word";
		}
		ImportResult imported = this.spreadsheets.importPlan(request);
		DistributionSummary.builder("wsoa.plan.imports")
			.description("Sizes of the spreadsheets imported as plans, by outcome")
			.baseUnit("bytes")
			.tag("outcome", (imported instanceof ImportResult.Imported) ? "imported"
					: (imported instanceof ImportResult.Unreadable) ? "unreadable" : "refused")
			.register(this.meters)
			.record(file.getSize());
		return outcome(imported, result, user, model);
	}

	/**
	 * The plan created, or the import page saying why not: the file's error, and its problems listed.
	 */
	private String outcome(ImportResult imported, BindingResult result, AreaMember user, Model model) {
		if (imported instanceof ImportResult.Imported plan) {
			return "redirect:/plans/" + plan.planId();
		}
		if (imported instanceof ImportResult.Unreadable unreadable) {
			result.rejectValue("file", "unreadable", unreadable.message());
			return formPage(user, model);
		}
		ImportResult.Refused refused = (ImportResult.Refused) imported;
		UploadedPlanFile.refuse(refused.problems(), refused.count(), result, model);
		formPage(user, model);
		return "plan/import-problems";
	}

	/**
	 * How each column of the uploaded Word document's action-plan tables was understood, to be confirmed or
	 * corrected: a column whose heading was not recognised must be chosen before the plan is created.
	 */
	@GetMapping("/plans/import/word")
	@PreAuthorize("hasRole('ADMIN')")
	String wordMapping(@ModelAttribute("form") WordMappingForm form, HttpSession session, Model model) {
		WordUpload upload = (WordUpload) session.getAttribute(WordUpload.SESSION_ATTRIBUTE);
		if (upload == null) {
			return "redirect:/plans/import";
		}
		form.setColumns(upload.headings()
			.stream()
			.map(heading -> WordColumn.recognise(heading).map(WordColumn::name).orElse(""))
			.collect(Collectors.toCollection(ArrayList::new)));
		return mappingPage(upload, model);
	}

	@PostMapping("/plans/import/word")
	@PreAuthorize("hasRole('ADMIN')")
	String importWord(@ModelAttribute("form") WordMappingForm form, BindingResult result, HttpSession session,
			@AuthenticationPrincipal AreaMember user, Model model) {
		WordUpload upload = (WordUpload) session.getAttribute(WordUpload.SESSION_ATTRIBUTE);
		if (upload == null) {
			return "redirect:/plans/import";
		}
		List<String> chosen = form.getColumns();
		List<WordColumn> mapping = new ArrayList<>();
		for (int i = 0; i < upload.headings().size(); i++) {
			String value = (i < chosen.size()) ? chosen.get(i) : null;
			WordColumn column = Arrays.stream(WordColumn.values())
				.filter(c -> c.name().equals(value))
				.findFirst()
				.orElse(null);
			if (column == null) {
				result.rejectValue("columns[" + i + "]", "required",
						"Choose what column " + (i + 1) + " (" + headingText(upload.headings().get(i)) + ") holds");
			}
			mapping.add(column);
		}
		if (chosen.size() > upload.headings().size()) {
			form.setColumns(new ArrayList<>(chosen.subList(0, upload.headings().size())));
		}
		if (!result.hasErrors() && !mapping.contains(WordColumn.ACTION_NUMBER)) {
			result.rejectValue("columns[0]", "number",
					"Choose the column that holds the action numbers, like 1.1");
		}
		if (result.hasErrors()) {
			return mappingPage(upload, model);
		}
		ImportResult imported = this.spreadsheets.importWord(upload.request(), mapping);
		if (imported instanceof ImportResult.Imported) {
			session.removeAttribute(WordUpload.SESSION_ATTRIBUTE);
		}
		PlanImportForm importForm = new PlanImportForm();
		importForm.setInspectionId(String.valueOf(upload.inspectionId()));
		importForm.setTitle(upload.title());
		importForm.setKind(upload.kind().name());
		importForm.setScaleCode(upload.scaleCode());
		model.addAttribute("form", importForm);
		model.addAttribute("word", true);
		BindingResult importResult = new BeanPropertyBindingResult(importForm, "form");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", importResult);
		return outcome(imported, importResult, user, model);
	}

	private String mappingPage(WordUpload upload, Model model) {
		List<Option> choices = Arrays.stream(WordColumn.values())
			.map(column -> new Option(column.name(), column.label()))
			.toList();
		List<WordMappingColumn> columns = new ArrayList<>();
		for (int i = 0; i < upload.headings().size(); i++) {
			String heading = upload.headings().get(i);
			columns.add(new WordMappingColumn("columns[" + i + "]", "Column " + (i + 1) + ": " + headingText(heading),
					WordColumn.recognise(heading)
						.map(column -> "Understood as " + column.label())
						.orElse("Not recognised: choose what this column holds")));
		}
		model.addAttribute("columns", columns);
		model.addAttribute("choices", choices);
		model.addAttribute("unrecognised",
				upload.headings().stream().filter(heading -> WordColumn.recognise(heading).isEmpty()).count());
		model.addAttribute("upload", upload);
		return "plan/import-word";
	}

	private static String headingText(String heading) {
		return heading.isBlank() ? "no heading" : "“" + heading + "”";
	}

	/**
	 * A column of the Word document on the mapping page: its field, its label and how it was understood.
	 */
	record WordMappingColumn(String field, String label, String hint) {
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

	static ResponseEntity<byte[]> download(Spreadsheet spreadsheet) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(spreadsheet.format().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(spreadsheet.filename()).build().toString())
			.body(spreadsheet.content());
	}

}
