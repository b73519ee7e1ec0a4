package org.wsoatracker.plan.spreadsheet;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
		try {
			return create(request, inspection, SheetReader.read(request.file()));
		}
		catch (UnreadableFileException ex) {
			return new ImportResult.Unreadable(ex.getMessage());
		}
	}

	/**
	 * Whether the file is a Word document (DOCX), to be read by {@link #wordColumns} and {@link #importWord}.
	 */
	public static boolean isWordDocument(byte[] file) {
		return WordDocument.isWordDocument(file);
	}

	/**
	 * The columns of the Word document's action-plan tables, and how each was understood from its heading.
	 */
	public WordColumns wordColumns(byte[] file) {
		try {
			List<String> headings = WordDocument.read(file).headings();
			return new WordColumns.Found(headings,
					headings.stream().map(heading -> WordColumn.recognise(heading).orElse(null)).toList());
		}
		catch (UnreadableFileException ex) {
			return new WordColumns.Unreadable(ex.getMessage());
		}
	}

	/**
	 * Creates a draft plan from the Word document's action-plan tables, each column read as the mapping says (one
	 * for each heading, in order), or creates nothing and says why: the rows become rows of the plan table, checked
	 * and created as {@link #importPlan} does.
	 */
	public ImportResult importWord(PlanImport request, List<WordColumn> mapping) {
		InspectionView inspection = this.inspections.inspection(request.inspectionId());
		try {
			WordDocument.Tables tables = WordDocument.read(request.file());
			if (tables.headings().size() != mapping.size()) {
				return new ImportResult.Unreadable("The selected Word document's columns have changed: choose the "
						+ "file again");
			}
			return create(request, inspection, WordPlanRows.rows(tables, mapping, people(inspection.localAreaId())));
		}
		catch (UnreadableFileException ex) {
			return new ImportResult.Unreadable(ex.getMessage());
		}
	}

	private WordPlanRows.People people(long localAreaId) {
		Map<String, List<String>> organisationsByInitials = this.people.people(localAreaId)
			.stream()
			.collect(Collectors.groupingBy(person -> person.initials(), LinkedHashMap::new,
					Collectors.mapping(person -> person.organisationCode(),
							Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new), List::copyOf))));
		return new WordPlanRows.People(organisationsByInitials,
				this.people.organisations(localAreaId).stream().map(OrganisationView::code).toList());
	}

	/**
	 * The plan is created in one transaction, by {@link PlanService#createPlan}, only when the rows have no problems
	 * at all.
	 */
	private ImportResult create(PlanImport request, InspectionView inspection, List<SheetRow> rows)
			throws UnreadableFileException {
		PlanTableReader.Result table = PlanTableReader.read(rows, new AreaDirectory(inspection, this.people));
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
