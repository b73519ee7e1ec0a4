package org.wsoatracker.plan.spreadsheet;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.error.ConflictException;

import org.springframework.stereotype.Service;

/**
 * A plan's action table as a spreadsheet (XLSX or CSV): the empty template, a plan's export, and the import that
 * creates a plan from a filled-in table. The columns are described in {@code docs/import-template.md}.
 */
@Service
public class PlanSpreadsheets {

	/**
	 * The largest file accepted for import.
	 */
	public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

	/**
	 * The most rows a plan table may have under its header row: several times the largest plans seen (Kent's
	 * accelerated progress plan had 116 actions, each with a few sub-actions and measures: some hundreds of rows),
	 * and few enough that an import is one request of bounded time and memory.
	 */
	public static final int MAX_ROWS = 5_000;

	private final PlanService plans;

	private final InspectionService inspections;

	private final PeopleService people;

	PlanSpreadsheets(PlanService plans, InspectionService inspections, PeopleService people) {
		this.plans = plans;
		this.inspections = inspections;
		this.people = people;
	}

	/**
	 * The template: the header and two worked example rows; as XLSX with a note on each heading, drop-down lists and
	 * an instructions sheet.
	 */
	public Spreadsheet template(SpreadsheetFormat format) {
		return template(format, TemplateWorkbook.Choices.NONE, "plan-import-template");
	}

	/**
	 * The template for a plan's local area: as {@link #template(SpreadsheetFormat)}, with the local area's people and
	 * partner organisations to choose from, the first of each in the example action.
	 */
	public Spreadsheet template(long planId, SpreadsheetFormat format) {
		PlanView plan = this.plans.plan(planId);
		List<String> organisations = this.people.organisations(plan.localAreaId())
			.stream()
			.map(OrganisationView::code)
			.toList();
		List<String> people = this.people.people(plan.localAreaId())
			.stream()
			.map(person -> person.initials() + " (" + person.organisationCode() + ")")
			.distinct()
			.toList();
		return template(format, new TemplateWorkbook.Choices(people, organisations),
				filename(plan.title()) + "-template");
	}

	private Spreadsheet template(SpreadsheetFormat format, TemplateWorkbook.Choices choices, String name) {
		List<List<String>> rows = PlanTable.examples(choices.people().stream().findFirst().orElse(""),
				choices.organisations().stream().findFirst().orElse(""));
		byte[] content = format == SpreadsheetFormat.XLSX
				? TemplateWorkbook.write(rows, PlanTable.INSTRUCTIONS, choices) : SheetWriter.write(format, rows);
		return new Spreadsheet(name + "." + format.extension(), format, content);
	}

	public Spreadsheet export(long planId, SpreadsheetFormat format) {
		PlanView plan = this.plans.plan(planId);
		return new Spreadsheet(filename(plan.title()) + "." + format.extension(), format,
				SheetWriter.write(format, PlanTable.rows(plan)));
	}

	/**
	 * Creates a draft plan from the file, or creates nothing and says why. The plan is created in one transaction,
	 * by {@link PlanService#createPlan}, only when the file has no problems at all.
	 */
	public ImportResult importPlan(PlanImport request) {
		InspectionView inspection = this.inspections.inspection(request.inspectionId());
		PlanTableReader.Result table;
		try {
			table = PlanTableReader.read(SheetReader.read(request.file()), new AreaDirectory(inspection, this.people));
		}
		catch (UnreadableFileException ex) {
			return new ImportResult.Unreadable(ex.getMessage());
		}
		if (!table.problems().isEmpty()) {
			return new ImportResult.Refused(table.problems(), table.problemCount());
		}
		try {
			return new ImportResult.Imported(this.plans
				.createPlan(new NewPlanCommand(inspection.id(),
						new PlanDetails(request.kind(), request.title(), PlanStatus.DRAFT, request.scaleCode(), null,
								null, null, null),
						List.of(), List.of(), List.of(), table.areas()))
				.id());
		}
		catch (ConflictException ex) {
			return new ImportResult.Refused(List.of(new ImportProblem(null, null, ex.getMessage())), 1);
		}
	}

	/**
	 * A file name from the plan's title: "York written statement of action" gives
	 * "york-written-statement-of-action".
	 */
	static String filename(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		if (slug.length() > 80) {
			slug = slug.substring(0, 80).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "plan" : slug;
	}

}
