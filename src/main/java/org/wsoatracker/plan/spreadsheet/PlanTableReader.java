package org.wsoatracker.plan.spreadsheet;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.shared.text.StorableText;
import org.wsoatracker.shared.time.Years;

/**
 * Reads the plan table into the areas of a new plan, finding every problem on the way: each with its row and column.
 * Actions belong to the area whose number they give, sub-actions and measures to the action whose number they give;
 * each keeps the order of its rows.
 */
final class PlanTableReader {

	/**
	 * Who and what the rows may name, in the local area of the inspection the plan answers.
	 */
	interface Directory {

		Optional<Long> person(String initials, String organisationCode);

		Optional<Long> organisation(String code);

		boolean hasWeakness(int number);

	}

	/**
	 * The areas of the new plan, or the problems that prevent it: at most {@link #MAX_PROBLEMS_LISTED}, in row
	 * order, of {@code problemCount}.
	 */
	record Result(List<AreaCommand> areas, List<ImportProblem> problems, int problemCount,
			Map<Integer, Integer> areaRows, Map<String, Integer> actionRows) {

		/**
		 * The row of the area with this number, or null.
		 */
		Integer areaRow(int number) {
			return this.areaRows.get(number);
		}

		/**
		 * The row of the action with this number, or null.
		 */
		Integer actionRow(String number) {
			return this.actionRows.get(number);
		}

	}

	/**
	 * The most problems listed. A file with more is far from the template, and a page listing them all would be
	 * longer than anyone reads and costly to make: 5,000 rows can have nearly half a million.
	 */
	static final int MAX_PROBLEMS_LISTED = 1_000;

	private static final Pattern LEAD = Pattern.compile("(.+?)\\s*\\(\\s*([^()]+?)\\s*\\)");

	private static final String LIST_SEPARATORS = "[;,]";

	private final Directory directory;

	private final List<ImportProblem> problems = new ArrayList<>();

	private int problemCount;

	private final Map<Integer, AreaRow> areas = new LinkedHashMap<>();

	private final Map<String, ActionRow> actions = new LinkedHashMap<>();

	private final List<ChildRow<SubActionDetails>> subActions = new ArrayList<>();

	private final List<ChildRow<MeasureDetails>> measures = new ArrayList<>();

	private PlanTableReader(Directory directory) {
		this.directory = directory;
	}

	/**
	 * Reads the rows as {@link SheetReader} gives them: blank rows left out, the first the header.
	 */
	static Result read(List<SheetRow> rows, Directory directory) throws UnreadableFileException {
		if (rows.isEmpty()) {
			throw new UnreadableFileException("The selected file is empty");
		}
		PlanTableReader reader = new PlanTableReader(directory);
		if (!reader.headerMatches(rows.get(0))) {
			return reader.refusal();
		}
		if (rows.size() == 1) {
			throw new UnreadableFileException("The selected file has no rows under the header row: "
					+ "add the plan's areas, actions, sub-actions and measures");
		}
		rows.subList(1, rows.size()).forEach(reader::row);
		List<AreaCommand> areas = reader.link();
		if (reader.problemCount != 0) {
			return reader.refusal();
		}
		Map<Integer, Integer> areaRows = new LinkedHashMap<>();
		reader.areas.forEach((number, area) -> areaRows.put(number, area.row()));
		Map<String, Integer> actionRows = new LinkedHashMap<>();
		reader.actions.forEach((number, action) -> actionRows.put(number, action.row()));
		return new Result(areas, List.of(), 0, areaRows, actionRows);
	}

	private Result refusal() {
		List<ImportProblem> listed = new ArrayList<>(this.problems);
		listed.sort(Comparator.comparing(ImportProblem::row));
		return new Result(List.of(), listed, this.problemCount, Map.of(), Map.of());
	}

	// The header

	private boolean headerMatches(SheetRow header) {
		List<String> expected = Column.HEADINGS;
		int width = Math.max(expected.size(), header.cells().size());
		for (int i = 0; i < width; i++) {
			String heading = header.cell(i).trim();
			String letter = Column.letter(i);
			if (i >= expected.size()) {
				if (!heading.isEmpty()) {
					problem(header, "Column " + letter,
							"Remove this column: the template has no column headed “" + heading + "”");
				}
			}
			else if (heading.isEmpty()) {
				problem(header, expected.get(i),
						"Column " + letter + " must be headed “" + expected.get(i) + "”, as in the template");
			}
			else if (!heading.equalsIgnoreCase(expected.get(i))) {
				problem(header, expected.get(i), "Column " + letter + " must be headed “" + expected.get(i)
						+ "”, as in the template, not “" + heading + "”");
			}
		}
		return this.problemCount == 0;
	}

	// Each row

	private void row(SheetRow row) {
		for (int i = 0; i < Math.min(Column.values().length, row.cells().size()); i++) {
			if (StorableText.hasControlCharacters(row.cell(i))) {
				problem(row, Column.values()[i], "Remove the hidden characters (such as _x0000_) from this cell");
			}
		}
		for (int i = Column.values().length; i < row.cells().size(); i++) {
			if (!row.cell(i).isBlank()) {
				problem(row, "Column " + Column.letter(i),
						"Leave cells to the right of “" + Column.AREA_WEAKNESS.heading() + "” empty");
			}
		}
		String typeText = row.cell(Column.ROW_TYPE);
		if (typeText.isEmpty()) {
			problem(row, Column.ROW_TYPE, "Enter the row type: AREA, ACTION, SUB-ACTION or MEASURE");
			return;
		}
		Optional<RowType> found = RowType.of(typeText);
		if (found.isEmpty()) {
			problem(row, Column.ROW_TYPE, "Row type must be AREA, ACTION, SUB-ACTION or MEASURE");
			return;
		}
		RowType type = found.get();
		for (Column column : Column.values()) {
			if (!type.uses(column) && !row.cell(column).isBlank()) {
				problem(row, column, "Leave " + column.heading() + " empty on " + type.text() + " rows");
			}
		}
		switch (type) {
			case AREA -> area(row);
			case ACTION_ROW -> action(row);
			case SUB_ACTION_ROW -> subAction(row);
			case MEASURE_ROW -> measure(row);
		}
	}

	private void area(SheetRow row) {
		Integer number = wholeNumber(row, Column.AREA_NUMBER, true);
		String title = required(row, Column.AREA_TITLE, "Enter the area title", 300);
		List<Integer> weaknesses = weaknessNumbers(row);
		if (number == null) {
			return;
		}
		AreaRow earlier = this.areas.putIfAbsent(number,
				new AreaRow(row.number(), number, title, weaknessText(row), weaknesses, new ArrayList<>()));
		if (earlier != null) {
			problem(row, Column.AREA_NUMBER, "Area " + number + " is already on row " + earlier.row());
		}
	}

	/**
	 * The numbers of the inspection's areas of weakness the area answers: at least one, like "1" or "1; 3".
	 */
	private List<Integer> weaknessNumbers(SheetRow row) {
		List<String> items = list(row.cell(Column.WEAKNESS_NUMBER));
		if (items.isEmpty()) {
			problem(row, Column.WEAKNESS_NUMBER,
					"Enter the number of the area of weakness the area answers, like 1, or several, like 1; 3");
		}
		List<Integer> numbers = new ArrayList<>();
		for (String item : items) {
			Integer number = wholeNumber(item);
			if (number == null) {
				problem(row, Column.WEAKNESS_NUMBER,
						"Write each weakness number as a whole number, like 1 or 1; 3: “" + item + "” is not");
			}
			else if (!this.directory.hasWeakness(number)) {
				problem(row, Column.WEAKNESS_NUMBER, "The inspection has no area of weakness " + number);
			}
			else if (!numbers.contains(number)) {
				numbers.add(number);
			}
		}
		return numbers;
	}

	/**
	 * The weakness in the letter's words; a plan area always has some, if only empty.
	 */
	private String weaknessText(SheetRow row) {
		String text = optional(row, Column.AREA_WEAKNESS, PlanLimits.LETTER_TEXT);
		return text == null ? "" : text;
	}

	private void action(SheetRow row) {
		Integer areaNumber = wholeNumber(row, Column.AREA_NUMBER, true);
		String number = required(row, Column.ACTION_NUMBER, "Enter the action number", 20);
		ActionDetails details = new ActionDetails(number,
				required(row, Column.OUTCOME, "Enter the outcome", PlanLimits.ACTION_TEXT),
				required(row, Column.ACTION, "Enter the action", PlanLimits.ACTION_TEXT), date(row, Column.START),
				date(row, Column.END), optional(row, Column.PHASE, 100), leads(row), leadOrganisations(row), List.of(),
				optional(row, Column.EVIDENCE, PlanLimits.EVIDENCE_AND_IMPACT), List.of());
		if (number == null) {
			return;
		}
		ActionRow action = new ActionRow(row.number(), areaNumber, details, new ArrayList<>(), new ArrayList<>());
		ActionRow earlier = this.actions.putIfAbsent(number, action);
		if (earlier != null) {
			problem(row, Column.ACTION_NUMBER, "Action " + number + " is already on row " + earlier.row());
		}
	}

	private void subAction(SheetRow row) {
		String actionNumber = required(row, Column.ACTION_NUMBER, "Enter the number of the action it belongs to", 20);
		SubActionDetails details = new SubActionDetails(
				required(row, Column.SUB_ACTION, "Enter the sub-action label, like A", 10),
				required(row, Column.ACTION, "Enter what the sub-action will do", PlanLimits.ACTION_TEXT),
				date(row, Column.START), date(row, Column.END), optional(row, Column.PHASE, 100));
		this.subActions.add(new ChildRow<>(row.number(), actionNumber, details));
	}

	private void measure(SheetRow row) {
		String actionNumber = required(row, Column.ACTION_NUMBER, "Enter the number of the action it belongs to", 20);
		MeasureDetails details = new MeasureDetails(
				required(row, Column.MEASURE, "Enter the measure of success", PlanLimits.ACTION_TEXT),
				decimal(row, Column.BASELINE), decimal(row, Column.TARGET), optional(row, Column.UNIT, 20),
				month(row, Column.TARGET_DATE));
		this.measures.add(new ChildRow<>(row.number(), actionNumber, details));
	}

	// Putting the plan together

	private List<AreaCommand> link() {
		for (ActionRow action : this.actions.values()) {
			if (action.areaNumber() == null) {
				continue;
			}
			AreaRow area = this.areas.get(action.areaNumber());
			if (area == null) {
				problem(new ImportProblem(action.row(), Column.AREA_NUMBER.heading(),
						"There is no AREA row for area " + action.areaNumber()));
			}
			else {
				area.actions().add(action);
			}
		}
		for (ChildRow<SubActionDetails> subAction : this.subActions) {
			parent(subAction).ifPresent(action -> action.subActions().add(subAction.details()));
		}
		for (ChildRow<MeasureDetails> measure : this.measures) {
			parent(measure).ifPresent(action -> action.measures().add(measure.details()));
		}
		return this.areas.values().stream().map(AreaRow::toCommand).toList();
	}

	private Optional<ActionRow> parent(ChildRow<?> child) {
		if (child.actionNumber() == null) {
			return Optional.empty();
		}
		ActionRow action = this.actions.get(child.actionNumber());
		if (action == null) {
			problem(new ImportProblem(child.row(), Column.ACTION_NUMBER.heading(),
					"There is no ACTION row for action " + child.actionNumber()));
		}
		return Optional.ofNullable(action);
	}

	// Cells

	private String required(SheetRow row, Column column, String whenMissing, int maxLength) {
		String text = row.cell(column);
		if (text.isBlank()) {
			problem(row, column, whenMissing);
			return null;
		}
		return withinLength(row, column, text, maxLength);
	}

	private String optional(SheetRow row, Column column, int maxLength) {
		String text = row.cell(column);
		return text.isBlank() ? null : withinLength(row, column, text, maxLength);
	}

	private String withinLength(SheetRow row, Column column, String text, int maxLength) {
		if (text.length() > maxLength) {
			problem(row, column, column.heading() + " must be " + maxLength + " characters or fewer");
		}
		return text;
	}

	private Integer wholeNumber(SheetRow row, Column column, boolean required) {
		String text = row.cell(column);
		if (text.isEmpty()) {
			if (required) {
				problem(row, column, "Enter the " + column.heading().toLowerCase());
			}
			return null;
		}
		Integer number = wholeNumber(text);
		if (number == null) {
			problem(row, column, column.heading() + " must be a whole number, like 1");
		}
		return number;
	}

	/**
	 * The number written, or null when it is not a whole number of 1 or more.
	 */
	private static Integer wholeNumber(String text) {
		try {
			int number = Integer.parseInt(text);
			return number >= 1 ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private PlanDate date(SheetRow row, Column column) {
		String text = row.cell(column);
		if (text.isEmpty()) {
			return null;
		}
		Optional<PlanDate> date = CellText.date(text);
		if (date.isEmpty()) {
			problem(row, column, column.heading() + " must be a real date, like 2020-02 or 2020-02-18");
		}
		else if (!Years.contain(date.get().date())) {
			problem(row, column, Years.outside(column.heading()));
			return null;
		}
		return date.orElse(null);
	}

	private YearMonth month(SheetRow row, Column column) {
		String text = row.cell(column);
		if (text.isEmpty()) {
			return null;
		}
		Optional<PlanDate> date = CellText.date(text);
		if (date.isEmpty()) {
			problem(row, column, column.heading() + " must be a real month, like 2020-12");
			return null;
		}
		if (date.get().precision() != PlanDate.Precision.MONTH) {
			problem(row, column, column.heading() + " must be a month, like 2020-12, not a day");
			return null;
		}
		if (!Years.contain(date.get().date())) {
			problem(row, column, Years.outside(column.heading()));
			return null;
		}
		return YearMonth.from(date.get().date());
	}

	private BigDecimal decimal(SheetRow row, Column column) {
		String text = row.cell(column);
		if (text.isEmpty()) {
			return null;
		}
		BigDecimal number;
		try {
			number = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problem(row, column, column.heading() + " must be a number, like 75 or 12.5");
			return null;
		}
		Optional<String> problem = PlanLimits.measureValueProblem(number, column.heading());
		problem.ifPresent(message -> problem(row, column, message));
		return problem.isPresent() ? null : number;
	}

	private List<Long> leads(SheetRow row) {
		List<Long> ids = new ArrayList<>();
		for (String lead : list(row.cell(Column.LEADS))) {
			Matcher matcher = LEAD.matcher(lead);
			if (!matcher.matches()) {
				problem(row, Column.LEADS, "Write each lead as initials and organisation, like M.S (CYC): “" + lead
						+ "” is not");
				continue;
			}
			Optional<Long> person = this.directory.person(matcher.group(1), matcher.group(2));
			if (person.isEmpty()) {
				problem(row, Column.LEADS, lead + " is not one of this local area's people: "
						+ "check the initials and organisation, or add the person first");
			}
			person.ifPresent(ids::add);
		}
		return ids;
	}

	private List<Long> leadOrganisations(SheetRow row) {
		List<Long> ids = new ArrayList<>();
		for (String code : list(row.cell(Column.LEAD_ORGANISATIONS))) {
			Optional<Long> organisation = this.directory.organisation(code);
			if (organisation.isEmpty()) {
				problem(row, Column.LEAD_ORGANISATIONS,
						code + " is not a partner organisation of this local area: check the code");
			}
			organisation.ifPresent(ids::add);
		}
		return ids;
	}

	private static List<String> list(String text) {
		List<String> items = new ArrayList<>();
		for (String item : text.split(LIST_SEPARATORS)) {
			if (!item.isBlank()) {
				items.add(item.trim());
			}
		}
		return items;
	}

	private void problem(SheetRow row, Column column, String message) {
		problem(row, column.heading(), message);
	}

	private void problem(SheetRow row, String column, String message) {
		problem(new ImportProblem(row.number(), column, message));
	}

	/**
	 * Counts the problem, and keeps it to be listed while fewer than {@link #MAX_PROBLEMS_LISTED} are: those found
	 * first, which are mostly those of the first rows.
	 */
	private void problem(ImportProblem problem) {
		this.problemCount++;
		if (this.problems.size() < MAX_PROBLEMS_LISTED) {
			this.problems.add(problem);
		}
	}

	// What the rows make

	private record AreaRow(int row, int number, String title, String weaknessText, List<Integer> weaknessNumbers,
			List<ActionRow> actions) {

		AreaCommand toCommand() {
			return new AreaCommand(this.number, this.title, this.weaknessText, this.weaknessNumbers,
					this.actions.stream().map(ActionRow::toDetails).toList());
		}

	}

	private record ActionRow(int row, Integer areaNumber, ActionDetails details, List<SubActionDetails> subActions,
			List<MeasureDetails> measures) {

		ActionDetails toDetails() {
			ActionDetails d = this.details;
			return new ActionDetails(d.number(), d.outcome(), d.action(), d.start(), d.end(), d.phase(),
					d.leadPersonIds(), d.leadOrganisationIds(), this.measures, d.evidenceAndImpact(), this.subActions);
		}

	}

	private record ChildRow<T>(int row, String actionNumber, T details) {
	}

}
