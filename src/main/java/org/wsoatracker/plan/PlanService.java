package org.wsoatracker.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.shared.audit.AuditTrail;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.shared.time.WorkingDayCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan register: inspections and the plans that answer them, down to each action. The plan module's API.
 */
@Service
@Transactional
public class PlanService {

	/**
	 * The field of the area form that lists the areas of weakness an area answers.
	 */
	private static final String WEAKNESS_FIELD = "weaknessIds";

	private static final String FOREIGN_PARTS = "A measure or sub-action on the form is not one of this action's."
			+ " Reload the page and make your changes again.";

	private final InspectionRepository inspections;

	private final PlanRepository plans;

	private final PlanAreaRepository areas;

	private final PlanActionRepository actions;

	private final ProgressScaleRepository scales;

	private final PeopleService people;

	private final WorkingDayCalendar calendar;

	private final InspectionService inspectionService;

	private final EntityManager entityManager;

	private final PlanHistory history;

	private final AuditTrail audit;

	PlanService(InspectionRepository inspections, PlanRepository plans, PlanAreaRepository areas,
			PlanActionRepository actions, ProgressScaleRepository scales, PeopleService people,
			WorkingDayCalendar calendar, InspectionService inspectionService, EntityManager entityManager,
			PlanHistory history, AuditTrail audit) {
		this.inspections = inspections;
		this.plans = plans;
		this.areas = areas;
		this.actions = actions;
		this.scales = scales;
		this.people = people;
		this.calendar = calendar;
		this.inspectionService = inspectionService;
		this.entityManager = entityManager;
		this.history = history;
		this.audit = audit;
	}

	// Plans

	@Transactional(readOnly = true)
	public List<ScaleView> scales() {
		return this.scales.findAll().stream().map(ProgressScale::toView).toList();
	}

	/**
	 * The plans in use, which the ordinary lists, dashboards and reminders show: those that are not archived, nor
	 * is their inspection or local area.
	 */
	@Transactional(readOnly = true)
	public List<PlanSummary> plans() {
		return summaries(false);
	}

	/**
	 * The plans that are archived, or whose inspection or local area is.
	 */
	@Transactional(readOnly = true)
	public List<PlanSummary> archivedPlans(AreaScope scope) {
		return summaries(true).stream().filter(plan -> scope.includes(plan.localAreaId())).toList();
	}

	/**
	 * The plans in use of the local areas a person belongs to.
	 */
	@Transactional(readOnly = true)
	public List<PlanSummary> plans(AreaScope scope) {
		return plans().stream().filter(plan -> scope.includes(plan.localAreaId())).toList();
	}

	/**
	 * The ids of the same plans, in the same order, in one statement: for pages that keep what they show of each plan
	 * and need only to know which plans to show.
	 */
	@Transactional(readOnly = true)
	public List<Long> planIds(AreaScope scope) {
		return scope.localAreaIds().isEmpty() ? List.of() : this.plans.findIdsInUse(scope.localAreaIds());
	}

	@Transactional(readOnly = true)
	public PlanView plan(long id) {
		Plan plan = findPlan(id);
		// Load every action's collections with one statement each, rather than in batches per so many actions.
		this.actions.findWithLeadsByPlanId(id);
		this.actions.findWithLeadOrganisationsByPlanId(id);
		this.actions.findWithMeasuresByPlanId(id);
		this.actions.findWithSubActionsByPlanId(id);
		return toView(plan);
	}

	/**
	 * Creates a whole plan at once, checking that it holds together: the inspection and scale exist, area numbers
	 * and action numbers are unique, and every lead belongs to the inspection's local area.
	 */
	public PlanSummary createPlan(NewPlanCommand command) {
		Inspection inspection = findInspection(command.inspectionId());
		Plan plan = new Plan(inspection.getId(), command.details(), findScale(command.details().scaleCode()));
		plan.replaceSignOffs(command.signOffs());
		plan.replaceReviewPoints(command.reviewPoints());
		plan.replaceActivity(command.activity());
		Set<Integer> areaNumbers = new HashSet<>();
		Set<String> actionNumbers = new HashSet<>();
		for (AreaCommand area : command.areas()) {
			if (!areaNumbers.add(area.number())) {
				throw new ConflictException("Area " + area.number() + " is listed twice");
			}
			PlanArea added = plan.addArea(area.number(), area.title(), area.weaknessText(),
					weaknessIds(inspection, area.number(), area.weaknessNumbers()));
			for (ActionDetails action : area.actions()) {
				if (!actionNumbers.add(action.number())) {
					throw new ConflictException("Action " + action.number() + " is listed twice");
				}
				requireLeadsIn(inspection.getLocalAreaId(), action);
				if (!PlanAction.onlyNewParts(action)) {
					throw new ConflictException(FOREIGN_PARTS);
				}
				added.addAction(action);
			}
		}
		Plan saved = this.plans.save(plan);
		return summary(saved, inspection, this.people.localArea(inspection.getLocalAreaId()));
	}

	public PlanView updatePlanDetails(long id, long expectedVersion, PlanDetails details, List<YearMonth> reviewPoints) {
		Plan plan = findPlan(id);
		requireVersion(plan.getVersion(), expectedVersion);
		plan.update(details, findScale(details.scaleCode()));
		plan.replaceReviewPoints(reviewPoints);
		return toView(this.plans.saveAndFlush(plan));
	}

	/**
	 * Replaces the plan's sign-off and its log of activity since the inspection.
	 */
	public PlanView replaceRecord(long id, long expectedVersion, List<SignOffDetails> signOffs,
			List<ActivityDetails> activity) {
		Plan plan = findPlan(id);
		requireVersion(plan.getVersion(), expectedVersion);
		plan.replaceSignOffs(signOffs);
		plan.replaceActivity(activity);
		changed(plan);
		return toView(this.plans.saveAndFlush(plan));
	}

	/**
	 * Takes the plan out of the ordinary lists, dashboards and reminders; it takes no new reporting periods or updates
	 * and stays, readable with its history and published reports, until it is restored.
	 */
	public void archivePlan(long id) {
		findPlan(id).setArchived(true);
	}

	public void restorePlan(long id) {
		findPlan(id).setArchived(false);
	}

	/**
	 * Why the plan cannot be deleted, if it cannot: something has been reported on it.
	 */
	@Transactional(readOnly = true)
	public Optional<String> whyPlanIsKept(long id) {
		findPlan(id);
		return this.history.planIsReported(id)
				? Optional.of("This plan has been reported on: deleting it would lose its reporting periods, its "
						+ "progress history and what was published from it.")
				: Optional.empty();
	}

	/**
	 * Deletes a plan, with its areas for improvement, actions and measures, on which nothing has been reported; one
	 * with a reporting period is refused.
	 */
	public void deletePlan(long id) {
		Plan plan = findPlan(id);
		whyPlanIsKept(id).ifPresent(reason -> {
			throw new ConflictException(reason);
		});
		this.plans.delete(plan);
		this.plans.flush();
	}

	/**
	 * Closes the plan (after a revisit found sufficient progress): it takes no new reporting periods or updates.
	 */
	public PlanView closePlan(long id, long expectedVersion) {
		Plan plan = findPlan(id);
		requireVersion(plan.getVersion(), expectedVersion);
		plan.close();
		return toView(this.plans.saveAndFlush(plan));
	}

	/**
	 * Makes the next plan from an earlier one (an accelerated progress plan after a revisit): a new draft plan
	 * answering the same inspection, on the same scale and board, holding exactly the earlier plan's areas that answer
	 * the given weaknesses (each with its number, title and weakness text, answering those of the given weaknesses it
	 * answered) and, of their actions, exactly those given, each linked to the action it carries on.
	 */
	public PlanSummary carryForward(CarryForwardCommand command) {
		Plan source = findPlan(command.sourcePlanId());
		Inspection inspection = findInspection(source.getInspectionId());
		if (command.weaknessIds().isEmpty()) {
			throw new ConflictException("Choose at least one area of weakness to carry into the new plan");
		}
		PlanDetails old = source.details();
		Plan plan = new Plan(inspection.getId(), new PlanDetails(command.kind(), command.title(), PlanStatus.DRAFT,
				old.scaleCode(), old.boardName(), old.chair(), old.viceChair(), old.reportingCadence()),
				source.getScale());
		Set<Long> carried = new HashSet<>();
		for (PlanArea area : source.getAreas()) {
			Set<Long> answered = new HashSet<>(area.getWeaknessIds());
			answered.retainAll(command.weaknessIds());
			if (answered.isEmpty()) {
				continue;
			}
			PlanArea copy = plan.addArea(area.getNumber(), area.getTitle(), area.getWeaknessText(), answered);
			for (PlanAction action : area.getActions()) {
				if (command.actionIds().contains(action.getId())) {
					copy.addAction(action.detailsAsNew()).carriedFrom(action.getId());
					carried.add(action.getId());
				}
			}
		}
		if (!carried.containsAll(command.actionIds())) {
			throw new ConflictException("An action to carry is not one of the chosen areas' actions");
		}
		Plan saved = this.plans.saveAndFlush(plan);
		return summary(saved, inspection, this.people.localArea(inspection.getLocalAreaId()));
	}

	/**
	 * Makes a priority action plan for a 2023-framework inspection: a draft plan with one area for each of its areas
	 * for priority action (its number, and its words as the weakness the area answers), ready for actions.
	 */
	public PlanSummary createPriorityActionPlan(long inspectionId, String title, String scaleCode) {
		Inspection inspection = findInspection(inspectionId);
		List<Weakness> priorities = inspection.getWeaknesses()
			.stream()
			.filter(w -> w.getKind() == WeaknessKind.AREA_FOR_PRIORITY_ACTION)
			.toList();
		if (priorities.isEmpty()) {
			throw new ConflictException("This inspection has no areas for priority action to make a plan from");
		}
		Plan plan = new Plan(inspectionId, new PlanDetails(PlanKind.PRIORITY_ACTION_PLAN, title, PlanStatus.DRAFT,
				scaleCode, null, null, null, null), findScale(scaleCode));
		for (Weakness weakness : priorities) {
			plan.addArea(weakness.getNumber(), "Area for priority action " + weakness.getNumber(), weakness.getText(),
					Set.of(weakness.getId()));
		}
		Plan saved = this.plans.saveAndFlush(plan);
		return summary(saved, inspection, this.people.localArea(inspection.getLocalAreaId()));
	}

	// Areas

	/**
	 * Adds an area answering the given areas of weakness of the plan's inspection: at least one.
	 */
	public AreaView addArea(long planId, int number, String title, String weaknessText, Set<Long> weaknessIds) {
		Plan plan = findPlan(planId);
		requireUniqueAreaNumber(plan, number, null);
		requireWeaknessesOf(plan, weaknessIds);
		plan.addArea(number, title, weaknessText, weaknessIds);
		changed(plan);
		this.plans.saveAndFlush(plan);
		return toView(plan).areas().stream().filter(a -> a.number() == number).findFirst().orElseThrow();
	}

	/**
	 * Changes an area, and the areas of weakness it answers: at least one, of the plan's inspection.
	 */
	public AreaView updateArea(long areaId, long expectedPlanVersion, int number, String title, String weaknessText,
			Set<Long> weaknessIds) {
		PlanArea area = findArea(areaId);
		Plan plan = area.getPlan();
		requireVersion(plan.getVersion(), expectedPlanVersion);
		requireUniqueAreaNumber(plan, number, areaId);
		requireWeaknessesOf(plan, weaknessIds);
		area.update(number, title, weaknessText, weaknessIds);
		changed(plan);
		this.plans.saveAndFlush(plan);
		return area(areaId);
	}

	/**
	 * Deletes an area that has no actions; an area with actions is refused.
	 */
	public void deleteArea(long areaId) {
		PlanArea area = findArea(areaId);
		if (!area.getActions().isEmpty()) {
			throw new ConflictException("Area " + area.getNumber()
					+ " still has actions. Delete or move its actions before deleting the area.");
		}
		Plan plan = area.getPlan();
		plan.removeArea(area);
		changed(plan);
		this.plans.saveAndFlush(plan);
	}

	@Transactional(readOnly = true)
	public AreaView area(long areaId) {
		PlanArea area = findArea(areaId);
		return toView(area.getPlan()).areas()
			.stream()
			.filter(a -> a.id() == areaId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Area"));
	}

	/**
	 * Sets the submission deadline by hand (with the reason recorded), or clears the override when deadline is null.
	 */
	public PlanView overrideDeadline(long id, long expectedVersion, LocalDate deadline, String reason) {
		Plan plan = findPlan(id);
		requireVersion(plan.getVersion(), expectedVersion);
		if (deadline != null && (reason == null || reason.isBlank())) {
			throw new ConflictException("Give the reason for changing the deadline");
		}
		plan.overrideDeadline(deadline, reason);
		return toView(this.plans.saveAndFlush(plan));
	}

	// Actions

	@Transactional(readOnly = true)
	public ActionView action(long id) {
		PlanAction action = findAction(id);
		Plan plan = action.getArea().getPlan();
		Inspection inspection = findInspection(plan.getInspectionId());
		return new ViewAssembler(inspection.getLocalAreaId(), List.of(action)).action(action);
	}

	/**
	 * The action with what a lead's update of it needs of its plan: a fixed number of reads, whatever the plan's size.
	 */
	@Transactional(readOnly = true)
	public ActionInPlan actionInPlan(long id) {
		PlanAction action = findAction(id);
		Plan plan = action.getArea().getPlan();
		Inspection inspection = findInspection(plan.getInspectionId());
		ActionView view = new ViewAssembler(inspection.getLocalAreaId(), List.of(action)).action(action);
		return new ActionInPlan(view, new ActionInPlan.PlanRef(plan.getId(), plan.getTitle()), plan.getScale().toView(),
				plan.getStatus(),
				plan.archived(inspection.archived(this.people.localArea(inspection.getLocalAreaId()))));
	}

	/**
	 * The actions (of any plans) with what their updates need of their plans, each plan's in the plan's own order: a
	 * fixed number of reads whatever the number of actions (one more per local area and per progress scale).
	 */
	@Transactional(readOnly = true)
	public List<ActionInPlan> actionsInPlans(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<PlanAction> actions = this.actions.findWithPlanByIdIn(ids);
		this.actions.findWithLeadsByIdIn(ids);
		this.actions.findWithLeadOrganisationsByIdIn(ids);
		this.actions.findWithMeasuresByIdIn(ids);
		this.actions.findWithSubActionsByIdIn(ids);
		Map<Long, Inspection> inspections = this.inspections
			.findAllById(actions.stream().map(a -> a.getArea().getPlan().getInspectionId()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Inspection::getId, Function.identity()));
		Map<Long, List<PlanAction>> byLocalArea = actions.stream()
			.collect(Collectors.groupingBy(a -> inspections.get(a.getArea().getPlan().getInspectionId()).getLocalAreaId()));
		Map<Long, ActionInPlan> inPlans = new HashMap<>();
		byLocalArea.forEach((localAreaId, ofArea) -> {
			ViewAssembler assembler = new ViewAssembler(localAreaId, ofArea);
			LocalAreaView localArea = this.people.localArea(localAreaId);
			for (PlanAction action : ofArea) {
				Plan plan = action.getArea().getPlan();
				inPlans.put(action.getId(), new ActionInPlan(assembler.action(action),
						new ActionInPlan.PlanRef(plan.getId(), plan.getTitle()), plan.getScale().toView(),
						plan.getStatus(), plan.archived(inspections.get(plan.getInspectionId()).archived(localArea))));
			}
		});
		return actions.stream()
			.sorted(Comparator.comparing((PlanAction a) -> a.getArea().getPlan().getId())
				.thenComparing(a -> a.getArea().getNumber())
				.thenComparing(PlanAction::getPosition))
			.map(a -> inPlans.get(a.getId()))
			.toList();
	}

	/**
	 * Whether one of the people leads the action.
	 */
	@Transactional(readOnly = true)
	public boolean ledBy(long actionId, Collection<Long> personIds) {
		return !personIds.isEmpty() && this.actions.isLedBy(actionId, personIds);
	}

	public ActionView addAction(long areaId, ActionDetails details) {
		PlanArea area = this.areas.findById(areaId).orElseThrow(() -> new NotFoundException("Area"));
		Plan plan = area.getPlan();
		requireUniqueActionNumber(plan, details.number(), null);
		requireLeadsIn(findInspection(plan.getInspectionId()).getLocalAreaId(), details);
		if (!PlanAction.onlyNewParts(details)) {
			throw new ConflictException(FOREIGN_PARTS);
		}
		PlanAction action = area.addAction(details);
		changed(plan);
		// Persist the new action itself: saving the plan (already managed) would merge it, which puts a managed copy
		// in the area and leaves this instance without an id.
		this.actions.saveAndFlush(action);
		return action(action.getId());
	}

	/**
	 * Changes an action. Its measures and sub-actions are matched by id: those given with an id must be its own and
	 * keep their identity, those without are added, those left out are removed. Removing a measure that has actual
	 * values reported is refused ({@link ReportedMeasuresException}), naming it.
	 */
	public ActionView updateAction(long id, long expectedVersion, ActionDetails details) {
		PlanAction action = findAction(id);
		requireVersion(action.getVersion(), expectedVersion);
		Plan plan = action.getArea().getPlan();
		requireUniqueActionNumber(plan, details.number(), id);
		requireLeadsIn(findInspection(plan.getInspectionId()).getLocalAreaId(), details);
		if (!action.ownsPartsOf(details)) {
			throw new ConflictException(FOREIGN_PARTS);
		}
		List<MeasureView> removed = action.measuresRemovedBy(details);
		Set<Long> reported = removed.isEmpty() ? Set.of()
				: this.history.measuresWithReportedValues(removed.stream().map(MeasureView::id).toList());
		if (!reported.isEmpty()) {
			throw new ReportedMeasuresException(removed.stream().filter(m -> reported.contains(m.id())).toList());
		}
		action.update(details);
		this.actions.flush();
		return action(id);
	}

	/**
	 * Deletes an action, unless progress updates have been written for it: their history must stay.
	 */
	public void deleteAction(long id) {
		PlanAction action = findAction(id);
		if (this.history.actionHasUpdates(id)) {
			throw new ConflictException("Action " + action.getNumber()
					+ " has progress updates, so it cannot be deleted. Its history must stay as it was reported.");
		}
		PlanArea area = action.getArea();
		area.removeAction(action);
		changed(area.getPlan());
		this.plans.flush();
	}

	/**
	 * Makes the plan's areas and actions those given, in one step: areas and actions given with an id keep their
	 * identity (and with it their progress updates, the board's decisions and their history) and take the details
	 * given; those without are added; those of the plan not given are removed. Refused, changing nothing, when the
	 * plan's version is not the one expected, when an action would be removed that has progress updates, when a
	 * measure would be removed that has actual values reported, when an action would move to another area, or when
	 * anything given is not the plan's own. The change is recorded as one entry in the audit trail, with the note
	 * given, beside the rows of each field changed.
	 */
	public PlanView revisePlan(long planId, long expectedVersion, List<AreaRevision> revision, String auditNote) {
		Plan plan = findPlan(planId);
		requireVersion(plan.getVersion(), expectedVersion);
		Inspection inspection = findInspection(plan.getInspectionId());
		// Load every action's collections with one statement each, rather than action by action.
		this.actions.findWithLeadsByPlanId(planId);
		this.actions.findWithLeadOrganisationsByPlanId(planId);
		this.actions.findWithMeasuresByPlanId(planId);
		this.actions.findWithSubActionsByPlanId(planId);
		Map<Long, PlanArea> ownAreas = plan.getAreas()
			.stream()
			.collect(Collectors.toMap(PlanArea::getId, Function.identity()));
		Map<Long, PlanAction> ownActions = plan.getAreas()
			.stream()
			.flatMap(area -> area.getActions().stream())
			.collect(Collectors.toMap(PlanAction::getId, Function.identity()));
		Set<Integer> areaNumbers = new HashSet<>();
		Set<String> actionNumbers = new HashSet<>();
		Set<Long> keptAreas = new HashSet<>();
		Set<Long> keptActions = new HashSet<>();
		for (AreaRevision area : revision) {
			if (!areaNumbers.add(area.number())) {
				throw new ConflictException("Area " + area.number() + " is listed twice");
			}
			if (area.id() != null && (ownAreas.get(area.id()) == null || !keptAreas.add(area.id()))) {
				throw new ConflictException("An area given is not one of this plan's. Start the import again.");
			}
			for (AreaRevision.ActionRevision action : area.actions()) {
				if (!actionNumbers.add(action.details().number())) {
					throw new ConflictException("Action " + action.details().number() + " is listed twice");
				}
				PlanAction own = action.id() == null ? null : ownActions.get(action.id());
				if (action.id() != null && (own == null || !keptActions.add(action.id()))) {
					throw new ConflictException("An action given is not one of this plan's. Start the import again.");
				}
				if (own != null && !own.getArea().getId().equals(area.id())) {
					throw new ConflictException("Action " + own.getNumber() + " cannot move to another area");
				}
				if (own != null && unchanged(own, action.details())) {
					continue;
				}
				requireLeadsIn(inspection.getLocalAreaId(), action.details());
				if (own == null ? !PlanAction.onlyNewParts(action.details()) : !own.ownsPartsOf(action.details())) {
					throw new ConflictException(FOREIGN_PARTS);
				}
				if (own != null) {
					List<MeasureView> removed = own.measuresRemovedBy(action.details());
					Set<Long> reported = removed.isEmpty() ? Set.of()
							: this.history.measuresWithReportedValues(removed.stream().map(MeasureView::id).toList());
					if (!reported.isEmpty()) {
						throw new ReportedMeasuresException(
								removed.stream().filter(m -> reported.contains(m.id())).toList());
					}
				}
			}
		}
		for (PlanAction action : ownActions.values()) {
			if (!keptActions.contains(action.getId()) && this.history.actionHasUpdates(action.getId())) {
				throw new ConflictException("Action " + action.getNumber()
						+ " has progress updates, so it cannot be removed. Its history must stay as it was reported.");
			}
		}
		for (PlanAction action : ownActions.values()) {
			if (!keptActions.contains(action.getId())) {
				action.getArea().removeAction(action);
			}
		}
		for (PlanArea area : ownAreas.values()) {
			if (!keptAreas.contains(area.getId())) {
				plan.removeArea(area);
			}
		}
		for (AreaRevision given : revision) {
			Set<Long> weaknessIds = weaknessIds(inspection, given.number(), given.weaknessNumbers());
			PlanArea area;
			if (given.id() == null) {
				area = plan.addArea(given.number(), given.title(), given.weaknessText(), weaknessIds);
			}
			else {
				area = ownAreas.get(given.id());
				area.update(given.number(), given.title(), given.weaknessText(), weaknessIds);
			}
			for (AreaRevision.ActionRevision action : given.actions()) {
				if (action.id() == null) {
					area.addAction(action.details());
				}
				else if (!unchanged(ownActions.get(action.id()), action.details())) {
					ownActions.get(action.id()).update(action.details());
				}
			}
		}
		changed(plan);
		this.plans.flush();
		this.audit.note(this.entityManager, "Plan", planId, "import", auditNote);
		return plan(planId);
	}

	/**
	 * Whether the details are the action's own as they stand (numbers compared by value: 90 is 90.00).
	 */
	private static boolean unchanged(PlanAction action, ActionDetails details) {
		return comparable(action.details()).equals(comparable(details));
	}

	private static ActionDetails comparable(ActionDetails d) {
		return new ActionDetails(d.number(), d.outcome(), d.action(), d.start(), d.end(), d.phase(),
				d.leadPersonIds(), d.leadOrganisationIds(),
				d.measures()
					.stream()
					.map(m -> new MeasureDetails(m.id(), m.text(), m.baseline() == null ? null
							: m.baseline().stripTrailingZeros(), m.target() == null ? null : m.target().stripTrailingZeros(),
							m.unit(), m.targetMonth()))
					.toList(),
				d.evidenceAndImpact(), d.subActions());
	}

	/**
	 * The ids of the actions this person leads, across all plans.
	 */
	@Transactional(readOnly = true)
	public Set<Long> actionIdsLedBy(Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return Set.of();
		}
		return this.actions.findIdsLedBy(personIds);
	}

	// Helpers

	private Inspection findInspection(long id) {
		return this.inspections.findById(id).orElseThrow(() -> new NotFoundException("Inspection"));
	}

	private Plan findPlan(long id) {
		return this.plans.findById(id).orElseThrow(() -> new NotFoundException("Plan"));
	}

	private PlanAction findAction(long id) {
		return this.actions.findById(id).orElseThrow(() -> new NotFoundException("Action"));
	}

	/**
	 * A change to a plan's parts (areas, sign-offs, activity) counts as a change of the plan: its version goes up,
	 * so that someone editing the plan on an older copy is told.
	 */
	private void changed(Plan plan) {
		this.entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private PlanArea findArea(long id) {
		return this.areas.findById(id).orElseThrow(() -> new NotFoundException("Area"));
	}

	private static void requireUniqueAreaNumber(Plan plan, int number, Long self) {
		if (plan.getAreas().stream().anyMatch(a -> a.getNumber() == number && !a.getId().equals(self))) {
			throw new ConflictException("The plan already has an area " + number);
		}
	}

	private void requireWeaknessesOf(Plan plan, Set<Long> weaknessIds) {
		if (weaknessIds.isEmpty()) {
			throw new ConflictException(WEAKNESS_FIELD, "Select the areas of weakness this area answers");
		}
		Set<Long> ofInspection = findInspection(plan.getInspectionId()).getWeaknesses()
			.stream()
			.map(Weakness::getId)
			.collect(Collectors.toSet());
		if (!ofInspection.containsAll(weaknessIds)) {
			throw new ConflictException(WEAKNESS_FIELD, "An area of weakness you selected belongs to another "
					+ "inspection. Reload the page and select them again.");
		}
	}

	private ProgressScale findScale(String code) {
		return this.scales.findByCode(code)
			.orElseThrow(() -> new ConflictException("There is no progress scale called " + code));
	}

	private static Set<Long> weaknessIds(Inspection inspection, int areaNumber, List<Integer> numbers) {
		if (numbers.isEmpty()) {
			throw new ConflictException("Area " + areaNumber + " answers none of the inspection's areas of weakness");
		}
		Set<Long> ids = new HashSet<>();
		for (int number : numbers) {
			ids.add(inspection.getWeaknesses()
				.stream()
				.filter(w -> w.getNumber() == number)
				.findFirst()
				.map(Weakness::getId)
				.orElseThrow(() -> new ConflictException("The inspection has no weakness " + number)));
		}
		return ids;
	}

	private void requireLeadsIn(long localAreaId, ActionDetails action) {
		Map<Long, PersonView> leads = this.people.peopleById(action.leadPersonIds());
		for (Long personId : action.leadPersonIds()) {
			PersonView lead = leads.get(personId);
			if (lead == null || lead.localAreaId() != localAreaId) {
				throw new ConflictException("A lead of action " + action.number() + " is not in this local area");
			}
		}
		for (Long organisationId : action.leadOrganisationIds()) {
			if (this.people.organisation(organisationId).localAreaId() != localAreaId) {
				throw new ConflictException(
						"A lead organisation of action " + action.number() + " is not in this local area");
			}
		}
	}

	private static void requireUniqueActionNumber(Plan plan, String number, Long self) {
		boolean taken = plan.getAreas()
			.stream()
			.flatMap(area -> area.getActions().stream())
			.anyMatch(action -> action.getNumber().equals(number) && !action.getId().equals(self));
		if (taken) {
			throw new ConflictException("The plan already has an action " + number);
		}
	}

	private static void requireVersion(long actual, long expected) {
		if (actual != expected) {
			throw new ConflictException("Someone else changed this while you were editing it");
		}
	}

	private List<PlanSummary> summaries(boolean archived) {
		List<Plan> all = this.plans.findAllByOrderByIdAsc();
		Map<Long, Inspection> inspectionsById = this.inspections
			.findAllById(all.stream().map(Plan::getInspectionId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Inspection::getId, Function.identity()));
		Map<Long, LocalAreaView> areasById = Stream
			.concat(this.people.localAreas().stream(), this.people.archivedLocalAreas().stream())
			.collect(Collectors.toMap(LocalAreaView::id, Function.identity()));
		return all.stream().map(plan -> {
			Inspection inspection = inspectionsById.get(plan.getInspectionId());
			return summary(plan, inspection, areasById.get(inspection.getLocalAreaId()));
		}).filter(summary -> (summary.archived() != null) == archived).toList();
	}

	private PlanSummary summary(Plan plan, Inspection inspection, LocalAreaView area) {
		return new PlanSummary(plan.getId(), plan.getTitle(), plan.getKind(), plan.getStatus(), area.id(), area.name(),
				inspection.getId(), deadline(plan, inspection).effective(), plan.archived(inspection.archived(area)));
	}

	private Deadline deadline(Plan plan, Inspection inspection) {
		Integer days = plan.getKind().workingDaysToSubmit();
		LocalDate computed = days != null && inspection.getPublicationDate() != null
				? this.calendar.addWorkingDays(inspection.getPublicationDate(), days) : null;
		return new Deadline(computed, days, plan.getDeadlineOverride(), plan.getDeadlineOverrideReason());
	}

	private PlanView toView(Plan plan) {
		Inspection inspection = findInspection(plan.getInspectionId());
		InspectionView inspectionView = this.inspectionService.toView(inspection);
		List<PlanAction> allActions = plan.getAreas().stream().flatMap(a -> a.getActions().stream()).toList();
		ViewAssembler assembler = new ViewAssembler(inspection.getLocalAreaId(), allActions);
		List<AreaView> areaViews = plan.getAreas()
			.stream()
			.map(area -> new AreaView(area.getId(), area.getNumber(), area.getTitle(), area.getWeaknessText(),
					inspectionView.weaknesses().stream().filter(w -> area.getWeaknessIds().contains(w.id())).toList(),
					area.getActions().stream().map(assembler::action).toList()))
			.toList();
		PlanDetails details = plan.details();
		Deadline deadline = deadline(plan, inspection);
		return new PlanView(plan.getId(), plan.getTitle(), plan.getKind(), plan.getStatus(),
				plan.archived(inspectionView.archived()), plan.getVersion(), inspection.getLocalAreaId(),
				inspectionView.localAreaName(),
				new PlanView.InspectionRef(inspection.getId(), inspectionView.title(), inspection.getPublicationDate(),
						inspectionView.weaknesses()),
				plan.getScale().toView(), deadline.effective(), deadline,
				new PlanView.Governance(details.boardName(), details.chair(), details.viceChair(),
						details.reportingCadence()),
				plan.signOffDetails(), plan.reviewPointMonths(), plan.activityDetails(), areaViews);
	}

	/**
	 * Turns actions into views, looking up all their leads at once.
	 */
	private final class ViewAssembler {

		private final Map<Long, PersonView> leads;

		private final Map<Long, OrganisationView> organisations;

		ViewAssembler(long localAreaId, List<PlanAction> actions) {
			this.leads = PlanService.this.people
				.peopleById(actions.stream().flatMap(a -> a.getLeadPersonIds().stream()).distinct().toList());
			this.organisations = PlanService.this.people.organisations(localAreaId)
				.stream()
				.collect(Collectors.toMap(OrganisationView::id, Function.identity()));
		}

		ActionView action(PlanAction action) {
			ActionDetails details = action.details();
			List<LeadView> leadViews = new ArrayList<>();
			for (Long personId : details.leadPersonIds()) {
				PersonView person = this.leads.get(personId);
				leadViews.add(new LeadView(person.id(), person.initials(), person.name(), person.organisationCode(),
						person.roleTitle()));
			}
			List<LeadOrganisationView> leadOrganisations = details.leadOrganisationIds()
				.stream()
				.map(this.organisations::get)
				.map(o -> new LeadOrganisationView(o.id(), o.code(), o.name()))
				.toList();
			PlanArea area = action.getArea();
			return new ActionView(action.getId(), area.getPlan().getId(), area.getId(), area.getNumber(),
					details.number(), details.outcome(), details.action(), details.start(), details.end(),
					details.phase(), leadViews, leadOrganisations, action.measureViews(), details.evidenceAndImpact(),
					action.subActionViews(), action.getVersion(), action.getCarriedFromId());
		}

	}

}
