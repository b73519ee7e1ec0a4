package org.wsoatracker.plan.spreadsheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.AreaRevision;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.LeadOrganisationView;
import org.wsoatracker.plan.LeadView;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanHistory;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.plan.SubActionView;
import org.wsoatracker.plan.WeaknessView;

/**
 * Compares a plan table read from a file with the plan it is imported into. Areas are matched by their number,
 * actions by their number (in the same area: an import does not move an action), sub-actions by their label within
 * their action, and measures by their wording within their action (so that the actual values reported against a
 * measure never pass to another). What is matched keeps its id; what is not is added or removed.
 */
final class PlanDiff {

	private static final int QUOTED = 120;

	/**
	 * The words people use for the leads and organisations the file names, by id.
	 */
	record Names(Map<Long, String> people, Map<Long, String> organisations) {
	}

	record Result(List<PlanChange> changes, List<ImportProblem> refusals, List<AreaRevision> revision) {
	}

	private final PlanView plan;

	private final PlanTableReader.Result table;

	private final PlanHistory history;

	private final Names names;

	private final List<PlanChange> changes = new ArrayList<>();

	private final List<ImportProblem> refusals = new ArrayList<>();

	private PlanDiff(PlanView plan, PlanTableReader.Result table, PlanHistory history, Names names) {
		this.plan = plan;
		this.table = table;
		this.history = history;
		this.names = names;
	}

	static Result compare(PlanView plan, PlanTableReader.Result table, PlanHistory history, Names names) {
		return new PlanDiff(plan, table, history, names).compare();
	}

	private Result compare() {
		Map<Integer, AreaView> areas = this.plan.areas()
			.stream()
			.collect(Collectors.toMap(AreaView::number, Function.identity()));
		Map<String, ActionView> actions = this.plan.actions()
			.collect(Collectors.toMap(ActionView::number, Function.identity()));
		Map<Long, Integer> exportRows = exportRows();
		Set<Long> keptAreas = new HashSet<>();
		Set<Long> keptActions = new HashSet<>();
		List<AreaRevision> revision = new ArrayList<>();
		for (AreaCommand given : this.table.areas()) {
			AreaView own = areas.get(given.number());
			int areaRow = this.table.areaRow(given.number());
			if (own == null) {
				this.changes.add(new PlanChange(PlanChange.Kind.ADDED, areaSubject(given.number(), given.title()),
						areaRow, List.of()));
			}
			else {
				keptAreas.add(own.id());
				List<String> details = areaDetails(own, given);
				if (!details.isEmpty()) {
					this.changes.add(new PlanChange(PlanChange.Kind.CHANGED, areaSubject(own.number(), own.title()),
							areaRow, details));
				}
			}
			List<AreaRevision.ActionRevision> actionRevisions = new ArrayList<>();
			for (ActionDetails action : given.actions()) {
				ActionView ownAction = actions.get(action.number());
				int actionRow = this.table.actionRow(action.number());
				if (ownAction == null) {
					this.changes.add(new PlanChange(PlanChange.Kind.ADDED, actionSubject(action.number()), actionRow,
							List.of()));
					actionRevisions.add(new AreaRevision.ActionRevision(null, action));
					continue;
				}
				keptActions.add(ownAction.id());
				if (ownAction.areaNumber() != given.number()) {
					this.refusals.add(new ImportProblem(actionRow, Column.AREA_NUMBER.heading(),
							"Action " + action.number() + " is in area " + ownAction.areaNumber()
									+ " of the plan: an import cannot move an action to another area. Give it area "
									+ ownAction.areaNumber() + " again"));
					continue;
				}
				ActionDetails matched = matchParts(ownAction, action, actionRow);
				List<String> details = actionDetails(ownAction, matched);
				if (!details.isEmpty()) {
					this.changes.add(new PlanChange(PlanChange.Kind.CHANGED, actionSubject(action.number()), actionRow,
							details));
				}
				actionRevisions.add(new AreaRevision.ActionRevision(ownAction.id(), matched));
			}
			revision.add(new AreaRevision(own == null ? null : own.id(), given.number(), given.title(),
					given.weaknessText(), given.weaknessNumbers(), actionRevisions));
		}
		for (AreaView own : this.plan.areas()) {
			if (!keptAreas.contains(own.id())) {
				this.changes.add(new PlanChange(PlanChange.Kind.REMOVED, areaSubject(own.number(), own.title()),
						exportRows.get(own.id()), List.of()));
			}
			for (ActionView action : own.actions()) {
				if (keptActions.contains(action.id())) {
					continue;
				}
				int row = exportRows.get(action.id());
				this.changes.add(new PlanChange(PlanChange.Kind.REMOVED, actionSubject(action.number()), row,
						List.of()));
				if (this.history.actionHasUpdates(action.id())) {
					this.refusals.add(new ImportProblem(row, Column.ACTION_NUMBER.heading(), "Action "
							+ action.number() + " has progress updates, so it cannot be removed: its history must stay "
							+ "as it was reported. Put its rows back (row " + row + " of the plan's export)"));
				}
			}
		}
		this.refusals.sort(java.util.Comparator.comparing(ImportProblem::row));
		return new Result(this.changes, this.refusals, revision);
	}

	/**
	 * The row each area and action has in the plan's export (the header is row 1).
	 */
	private Map<Long, Integer> exportRows() {
		Map<Long, Integer> rows = new LinkedHashMap<>();
		int row = 1;
		for (AreaView area : this.plan.areas()) {
			rows.put(area.id(), ++row);
			for (ActionView action : area.actions()) {
				rows.put(action.id(), ++row);
				row += action.subActions().size() + action.measures().size();
			}
		}
		return rows;
	}

	/**
	 * The file's action with the ids of the sub-actions and measures it shares with the plan's: sub-actions with the
	 * same label, measures with the same wording. A measure left out that has actual values reported refuses the
	 * import.
	 */
	private ActionDetails matchParts(ActionView own, ActionDetails given, int row) {
		Map<String, SubActionView> subActions = new LinkedHashMap<>();
		own.subActions().forEach(subAction -> subActions.putIfAbsent(subAction.label(), subAction));
		List<SubActionDetails> matchedSubActions = given.subActions().stream().map(subAction -> {
			SubActionView match = subActions.remove(subAction.label());
			return match == null ? subAction : new SubActionDetails(match.id(), subAction.label(), subAction.text(),
					subAction.start(), subAction.end(), subAction.phase());
		}).toList();
		List<MeasureView> measures = new ArrayList<>(own.measures());
		List<MeasureDetails> matchedMeasures = given.measures().stream().map(measure -> {
			MeasureView match = measures.stream().filter(m -> m.text().equals(measure.text())).findFirst().orElse(null);
			if (match == null) {
				return measure;
			}
			measures.remove(match);
			return new MeasureDetails(match.id(), measure.text(), measure.baseline(), measure.target(), measure.unit(),
					measure.targetMonth());
		}).toList();
		Set<Long> reported = measures.isEmpty() ? Set.of()
				: this.history.measuresWithReportedValues(measures.stream().map(MeasureView::id).toList());
		for (MeasureView removed : measures) {
			if (reported.contains(removed.id())) {
				this.refusals.add(new ImportProblem(row, Column.MEASURE.heading(),
						"Measure “" + quoted(removed.text()) + "” of action " + own.number()
								+ " has actual values reported, so it cannot be removed or reworded by an import: "
								+ "keep its MEASURE row with the same words"));
			}
		}
		return new ActionDetails(given.number(), given.outcome(), given.action(), given.start(), given.end(),
				given.phase(), given.leadPersonIds(), given.leadOrganisationIds(), matchedMeasures,
				given.evidenceAndImpact(), matchedSubActions);
	}

	private static List<String> areaDetails(AreaView own, AreaCommand given) {
		List<String> details = new ArrayList<>();
		text(details, "Title", own.title(), given.title());
		List<Integer> ownWeaknesses = own.weaknesses().stream().map(WeaknessView::number).sorted().toList();
		List<Integer> givenWeaknesses = given.weaknessNumbers().stream().sorted().toList();
		if (!ownWeaknesses.equals(givenWeaknesses)) {
			details.add("Weakness numbers: " + join(ownWeaknesses) + " → " + join(givenWeaknesses));
		}
		text(details, "Area weakness", own.weaknessText(), given.weaknessText());
		return details;
	}

	private List<String> actionDetails(ActionView own, ActionDetails given) {
		List<String> details = new ArrayList<>();
		text(details, "Outcome", own.outcome(), given.outcome());
		text(details, "Action", own.action(), given.action());
		date(details, "Start", own.start(), given.start());
		date(details, "End", own.end(), given.end());
		text(details, "Phase", own.phase(), given.phase());
		List<String> ownLeads = own.leads().stream().map(PlanDiff::lead).toList();
		List<String> givenLeads = given.leadPersonIds().stream().map(this.names.people()::get).toList();
		if (!Set.copyOf(ownLeads).equals(Set.copyOf(givenLeads))) {
			details.add("Leads: " + join(ownLeads) + " → " + join(givenLeads));
		}
		List<String> ownOrganisations = own.leadOrganisations().stream().map(LeadOrganisationView::code).toList();
		List<String> givenOrganisations = given.leadOrganisationIds()
			.stream()
			.map(this.names.organisations()::get)
			.toList();
		if (!Set.copyOf(ownOrganisations).equals(Set.copyOf(givenOrganisations))) {
			details.add("Lead organisations: " + join(ownOrganisations) + " → " + join(givenOrganisations));
		}
		text(details, "Evidence and impact", own.evidenceAndImpact(), given.evidenceAndImpact());
		subActionDetails(details, own, given);
		measureDetails(details, own, given);
		return details;
	}

	private static void subActionDetails(List<String> details, ActionView own, ActionDetails given) {
		Map<Long, SubActionView> ownById = own.subActions()
			.stream()
			.collect(Collectors.toMap(SubActionView::id, Function.identity()));
		for (SubActionDetails subAction : given.subActions()) {
			SubActionView before = subAction.id() == null ? null : ownById.remove(subAction.id());
			if (before == null) {
				details.add("Sub-action " + subAction.label() + " added: “" + quoted(subAction.text()) + "”");
			}
			else if (!Objects.equals(before.text(), subAction.text()) || !Objects.equals(before.start(), subAction.start())
					|| !Objects.equals(before.end(), subAction.end())
					|| !Objects.equals(blankAsNull(before.phase()), blankAsNull(subAction.phase()))) {
				details.add("Sub-action " + subAction.label() + " changed");
			}
		}
		ownById.values().forEach(removed -> details.add("Sub-action " + removed.label() + " removed"));
	}

	private static void measureDetails(List<String> details, ActionView own, ActionDetails given) {
		Map<Long, MeasureView> ownById = own.measures()
			.stream()
			.collect(Collectors.toMap(MeasureView::id, Function.identity()));
		for (MeasureDetails measure : given.measures()) {
			MeasureView before = measure.id() == null ? null : ownById.remove(measure.id());
			if (before == null) {
				details.add("Measure added: “" + quoted(measure.text()) + "”");
			}
			else if (!same(before.baseline(), measure.baseline()) || !same(before.target(), measure.target())
					|| !Objects.equals(blankAsNull(before.unit()), blankAsNull(measure.unit()))
					|| !Objects.equals(before.targetMonth(), measure.targetMonth())) {
				details.add("Measure changed: “" + quoted(measure.text()) + "”");
			}
		}
		ownById.values().forEach(removed -> details.add("Measure removed: “" + quoted(removed.text()) + "”"));
	}

	private static void text(List<String> details, String name, String before, String after) {
		if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
			details.add(name + ": “" + quoted(before) + "” → “" + quoted(after) + "”");
		}
	}

	private static void date(List<String> details, String name, PlanDate before, PlanDate after) {
		if (!Objects.equals(before, after)) {
			details.add(name + ": " + (before == null ? "none" : before.display()) + " → "
					+ (after == null ? "none" : after.display()));
		}
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String quoted(String text) {
		if (text == null) {
			return "";
		}
		return text.length() <= QUOTED ? text : text.substring(0, QUOTED - 1) + "…";
	}

	private static String join(List<?> items) {
		return items.isEmpty() ? "none" : items.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private static String lead(LeadView lead) {
		return lead.initials() + " (" + lead.organisationCode() + ")";
	}

	private static String areaSubject(int number, String title) {
		return "Area " + number + ": " + quoted(title);
	}

	private static String actionSubject(String number) {
		return "Action " + number;
	}

}
