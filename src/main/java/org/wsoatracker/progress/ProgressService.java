package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionInPlan;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.Archived;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly progress cycle: reporting periods, leads' updates with evidence, the board's review, and where each
 * action stands. The progress module's API.
 */
@Service
@Transactional
public class ProgressService {

	private final ReportingPeriodRepository periods;

	private final ProgressUpdateRepository updates;

	private final PlanService plans;

	private final PeopleService people;

	private final UpdateReads reads;

	private final EvidenceContents evidenceContents;

	private final Clock clock;

	ProgressService(ReportingPeriodRepository periods, ProgressUpdateRepository updates, PlanService plans,
			PeopleService people, UpdateReads reads, EvidenceContents evidenceContents, Clock clock) {
		this.periods = periods;
		this.updates = updates;
		this.plans = plans;
		this.people = people;
		this.reads = reads;
		this.evidenceContents = evidenceContents;
		this.clock = clock;
	}

	// Reporting periods

	@Transactional(readOnly = true)
	public List<PeriodView> periods(long planId) {
		return this.periods.findByPlanIdOrderByMonth(planId).stream().map(ReportingPeriod::toView).toList();
	}

	@Transactional(readOnly = true)
	public PeriodView period(long periodId) {
		return findPeriod(periodId).toView();
	}

	/**
	 * The period leads report on now: the latest open one.
	 */
	@Transactional(readOnly = true)
	public Optional<PeriodView> currentPeriod(long planId) {
		return periods(planId).stream().filter(PeriodView::open).reduce((first, second) -> second);
	}

	/**
	 * Opens the plan's reporting period for the month: a month of the plan's years ({@link PlanView#years()}), so that
	 * a mistyped year cannot become the period leads report on.
	 */
	public PeriodView openPeriod(long planId, YearMonth month, LocalDate dueDate, boolean reviewPoint) {
		PlanView plan = this.plans.plan(planId);
		requireOpenForReporting(plan);
		PlanView.YearSpan years = plan.years();
		if (!years.contains(month)) {
			throw new ConflictException("month", "Month must be between January " + years.first() + " and December "
					+ years.last() + ", the years of the plan");
		}
		if (this.periods.findByPlanIdAndMonth(planId, month.atDay(1)).isPresent()) {
			throw new ConflictException("There is already a reporting period for " + PeriodView.label(month));
		}
		return this.periods.save(new ReportingPeriod(planId, month, dueDate, reviewPoint)).toView();
	}

	public PeriodView closePeriod(long periodId, long expectedVersion) {
		ReportingPeriod period = findPeriod(periodId);
		if (period.toView().version() != expectedVersion) {
			throw new ConflictException("Someone else changed this period while you were looking at it");
		}
		period.close(now());
		return this.periods.saveAndFlush(period).toView();
	}

	/**
	 * Removes a demo plan's whole reporting history: its periods, with every update in them (their evidence, actual
	 * values and the board's decisions) and the reminders sent about them, so that the plan can go with the rest of the
	 * demo data. Refused for a plan outside the demo data, whose history is never removed.
	 */
	public void removeDemoHistory(long planId) {
		PlanView plan = this.plans.plan(planId);
		if (!this.people.localArea(plan.localAreaId()).demo()) {
			throw new ConflictException("Only the demo data's reporting history can be removed");
		}
		List<ReportingPeriod> planPeriods = this.periods.findByPlanIdOrderByMonth(planId);
		List<Long> periodIds = planPeriods.stream().map(ReportingPeriod::getId).toList();
		this.updates.deleteAll(this.updates.findByPeriodIdIn(periodIds));
		this.periods.deleteAll(planPeriods);
		this.periods.flush();
	}

	/**
	 * What is still missing from the period, for the programme office to read before closing it.
	 */
	@Transactional(readOnly = true)
	public PeriodCheck closingCheck(long periodId) {
		PeriodView period = findPeriod(periodId).toView();
		PlanView plan = this.plans.plan(period.planId());
		Map<Long, UpdateView> byAction = updatesOf(periodId).stream()
			.collect(Collectors.toMap(UpdateView::actionId, Function.identity()));
		List<PeriodCheck.Item> noUpdate = new ArrayList<>();
		List<PeriodCheck.Item> drafts = new ArrayList<>();
		List<PeriodCheck.Item> undecided = new ArrayList<>();
		List<PeriodCheck.Item> challenged = new ArrayList<>();
		plan.actions().forEach(action -> {
			PeriodCheck.Item item = new PeriodCheck.Item(action.id(), action.number(), action.outcome(),
					leadNames(action));
			UpdateView update = byAction.get(action.id());
			if (update == null) {
				noUpdate.add(item);
				return;
			}
			switch (update.state()) {
				case DRAFT -> drafts.add(item);
				case SUBMITTED -> undecided.add(item);
				case CHALLENGED -> challenged.add(item);
				case ACCEPTED -> {
				}
			}
		});
		return new PeriodCheck(period, noUpdate, drafts, undecided, challenged);
	}

	/**
	 * The facts beside each submitted update of the period, by update id: leads, the previous status and the movement
	 * since, the action's flags as the period stands ({@link #progressAt}) and its measures against their targets.
	 */
	@Transactional(readOnly = true)
	public Map<Long, ReviewFacts> reviewFacts(long periodId) {
		PeriodView period = findPeriod(periodId).toView();
		PlanView plan = this.plans.plan(period.planId());
		List<PeriodView> planPeriods = periods(plan.id());
		List<UpdateView> planUpdates = this.reads.ofPeriods(byId(planPeriods));
		Map<Long, ActionProgress> positions = progressAt(plan, period, planPeriods, planUpdates).actions()
			.stream()
			.collect(Collectors.toMap(ActionProgress::actionId, Function.identity()));
		Map<Long, ActionView> actions = plan.actions().collect(Collectors.toMap(ActionView::id, Function.identity()));
		Map<Long, ReviewFacts> facts = new HashMap<>();
		planUpdates.stream()
			.filter(update -> update.period().id() == periodId && update.submitted())
			.filter(update -> actions.containsKey(update.actionId()))
			.forEach(update -> {
				ActionView action = actions.get(update.actionId());
				List<UpdateView> earlier = planUpdates.stream()
					.filter(u -> u.actionId() == action.id() && u.submitted()
							&& u.period().month().isBefore(period.month()))
					.sorted(Comparator.comparing((UpdateView u) -> u.period().month()))
					.toList();
				Optional<UpdateView> previous = earlier.isEmpty() ? Optional.empty()
						: Optional.of(earlier.get(earlier.size() - 1));
				String previousStatus = previous.flatMap(u -> ProgressRules.step(plan.scale(), u.statusCode()))
					.map(ScaleView.Step::label)
					.orElse(null);
				List<String> flags = positions.get(action.id()).flags().stream().sorted().map(Flag::reason).toList();
				List<ReviewFacts.MeasureLine> measures = action.measures().stream().map(measure -> {
					Optional<UpdateView> reported = java.util.stream.Stream.concat(earlier.stream(),
							java.util.stream.Stream.of(update))
						.filter(u -> u.actuals().containsKey(measure.id()))
						.reduce((older, newer) -> newer);
					String unit = measure.unit() == null ? "" : measure.unit();
					String actual = reported.map(u -> plain(u.actuals().get(measure.id())) + unit + " in "
							+ u.period().label()).orElse("Not reported yet");
					String target = measure.target() == null ? "No numeric target"
							: plain(measure.target()) + unit + (measure.targetMonth() == null ? ""
									: " by " + PeriodView.label(measure.targetMonth()));
					return new ReviewFacts.MeasureLine(measure.text(), actual, target);
				}).toList();
				facts.put(update.id(), new ReviewFacts(update.id(), leadNames(action), previousStatus,
						previous.map(u -> u.period().label()).orElse(null),
						ProgressRules.movement(plan.scale(), previous.map(UpdateView::statusCode).orElse(null),
								update.statusCode()),
						flags, measures));
			});
		return facts;
	}

	/**
	 * For each open period of the plan with submitted updates the board has not decided on yet, how many there are,
	 * oldest period first.
	 */
	@Transactional(readOnly = true)
	public List<DecisionsWaiting> decisionsWaiting(long planId) {
		return this.reads.decisionsWaiting(planId);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * The action's leads by name, as "Maxine Squire (CYC), Karen McNeil (CCG)", with any lead organisation named.
	 */
	private static String leadNames(ActionView action) {
		List<String> names = new ArrayList<>();
		action.leads().forEach(lead -> names.add(lead.name() + " (" + lead.organisationCode() + ")"));
		action.leadOrganisations().forEach(org -> names.add(org.name()));
		return names.isEmpty() ? "No lead named" : String.join(", ", names);
	}

	// Updates

	/**
	 * Saves the actor's update of the action for the plan's current period as a draft, or submits it.
	 * @param seenVersion what the person saw when they opened the form: the version of the action's update for the
	 * current period, or null when there was no update yet (the save then creates it). A save made against anything
	 * else — an update saved, submitted or reviewed since, or one created since — is refused with
	 * {@link UpdateChangedException} and changes nothing, unless the update already holds exactly what this save
	 * would write (the same form sent twice).
	 */
	public UpdateView write(long actionId, UpdateCommand command, Actor actor, Long seenVersion, boolean submit) {
		return write(actionId, command, List.of(), actor, seenVersion, submit);
	}

	/**
	 * As {@link #write(long, UpdateCommand, Actor, Long, boolean)}, adding evidence in the same transaction: either
	 * all of it is saved or none.
	 */
	public UpdateView write(long actionId, UpdateCommand command, List<NewEvidence> evidence, Actor actor,
			Long seenVersion, boolean submit) {
		if (!mayUpdate(actor, actionId)) {
			throw new AccessDeniedException("Only the action's leads may update it");
		}
		// Only the action and what it needs of its plan: the cost of a save does not grow with the plan.
		ActionInPlan inPlan = this.plans.actionInPlan(actionId);
		ActionView action = inPlan.action();
		requireOpenForReporting(inPlan.planStatus(), inPlan.planArchived());
		ScaleView.Step step = ProgressRules.step(inPlan.scale(), command.statusCode())
			.orElseThrow(() -> new ConflictException("Select a status on the plan's progress scale"));
		for (Long measureId : command.actuals().keySet()) {
			if (action.measures().stream().noneMatch(m -> m.id() == measureId)) {
				throw new ConflictException("That measure does not belong to this action");
			}
		}
		ReportingPeriod period = currentOpenPeriod(inPlan.planId());
		Optional<ProgressUpdate> existing = this.updates.lockByActionIdAndPeriodId(actionId, period.getId());
		boolean asSeen = existing.map(update -> seenVersion != null && update.getVersion() == seenVersion)
			.orElse(seenVersion == null);
		if (!asSeen) {
			if (existing.isPresent() && evidence.isEmpty()
					&& existing.get().holds(command, actor.accountId(), submit)) {
				return existing.get().toView(period.toView()); // the same form sent again: nothing to change
			}
			throw new UpdateChangedException();
		}
		ProgressUpdate update = existing.orElseGet(() -> new ProgressUpdate(actionId, period.getId()));
		update.write(command, new ProgressUpdate.Author(actor.accountId(), actor.name()), now());
		for (NewEvidence item : evidence) {
			update.addEvidence(item.file() == null ? Evidence.link(item.title(), item.url(), now())
					: Evidence.file(item.title(), item.file().fileName(), item.file().contentType(),
							item.file().content(), now()));
		}
		if (submit) {
			update.submit(step.complete(), now());
		}
		ProgressUpdate saved = saveChecked(update);
		for (Evidence item : saved.getEvidence()) {
			item.takeNewContent().ifPresent(content -> this.evidenceContents.store(item.getId(), content));
		}
		return saved.toView(period.toView());
	}

	/**
	 * Saves the update now. Two saves that both found no update and both created one meet at the database's unique key
	 * on action and period; the one that loses is refused as made on a page that is out of date, as is a save that
	 * lost a race on the version column.
	 */
	private ProgressUpdate saveChecked(ProgressUpdate update) {
		try {
			if (update.getId() == null) {
				return this.updates.saveAndFlush(update);
			}
			// Read in this transaction, so flushing writes it: new evidence is then stored as the very objects added,
			// which a merge would copy (without the file contents they carry until stored apart).
			this.updates.flush();
			return update;
		}
		catch (OptimisticLockingFailureException ex) {
			throw new UpdateChangedException();
		}
		catch (DataIntegrityViolationException ex) {
			if (isUniqueViolation(ex)) {
				throw new UpdateChangedException();
			}
			throw ex;
		}
	}

	private static boolean isUniqueViolation(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	public UpdateView removeEvidence(long updateId, long evidenceId, Actor actor) {
		ProgressUpdate update = editableUpdate(updateId, actor);
		update.removeEvidence(evidenceId);
		return this.updates.saveAndFlush(update).toView(findPeriod(update.getPeriodId()).toView());
	}

	/**
	 * The action's update for the current period, if one has been started.
	 */
	@Transactional(readOnly = true)
	public Optional<UpdateView> currentUpdate(long actionId) {
		ActionView action = this.plans.action(actionId);
		return currentPeriod(action.planId()).flatMap(period -> this.updates
			.findByActionIdAndPeriodId(actionId, period.id())
			.map(update -> update.toView(period)));
	}

	/**
	 * Every update of the action, newest period first.
	 */
	@Transactional(readOnly = true)
	public List<UpdateView> history(long actionId) {
		ActionView action = this.plans.action(actionId);
		Map<Long, PeriodView> periodsById = periodsById(action.planId());
		return this.updates.findByActionId(actionId)
			.stream()
			.map(update -> update.toView(periodsById.get(update.getPeriodId())))
			.sorted(Comparator.comparing((UpdateView u) -> u.period().month()).reversed())
			.toList();
	}

	/**
	 * Every update of every action of the plan, in every period: one read for the whole plan.
	 */
	@Transactional(readOnly = true)
	public List<UpdateView> planUpdates(long planId) {
		return this.reads.ofPeriods(periodsById(planId));
	}

	@Transactional(readOnly = true)
	public UpdateView update(long updateId) {
		ProgressUpdate update = findUpdate(updateId);
		return update.toView(findPeriod(update.getPeriodId()).toView());
	}

	/**
	 * The submitted updates of a period, for the board to review.
	 */
	@Transactional(readOnly = true)
	public List<UpdateView> updatesOf(long periodId) {
		PeriodView period = findPeriod(periodId).toView();
		return this.reads.ofPeriods(Map.of(periodId, period));
	}

	/**
	 * Records a board member's decision on the update as it stands now, for callers that read it in the same breath
	 * (demo data). A decision made from a page uses {@link #review(long, long, boolean, String, Actor)}.
	 */
	public UpdateView review(long updateId, boolean accept, String comment, Actor reviewer) {
		return decide(updateId, null, accept, comment, reviewer);
	}

	/**
	 * Records a board member's decision on the update they read.
	 * @param seenVersion the version of the update on the page the decision was made from; a decision on any other
	 * version (the update challenged, revised or decided on since) is refused with {@link UpdateChangedException} and
	 * changes nothing
	 */
	public UpdateView review(long updateId, long seenVersion, boolean accept, String comment, Actor reviewer) {
		return decide(updateId, seenVersion, accept, comment, reviewer);
	}

	private UpdateView decide(long updateId, Long seenVersion, boolean accept, String comment, Actor reviewer) {
		ProgressUpdate update = this.updates.lockById(updateId).orElseThrow(() -> new NotFoundException("Update"));
		ReportingPeriod period = findPeriod(update.getPeriodId());
		period.requireOpen();
		if (seenVersion != null && update.getVersion() != seenVersion) {
			throw new UpdateChangedException();
		}
		if (!accept && (comment == null || comment.isBlank())) {
			throw new ConflictException("Say why the update is challenged");
		}
		update.review(new BoardReview(accept ? BoardReview.Decision.ACCEPTED : BoardReview.Decision.CHALLENGED,
				comment == null || comment.isBlank() ? null : comment.trim(), reviewer.accountId(), reviewer.name(),
				now()));
		return saveChecked(update).toView(period.toView());
	}

	/**
	 * A stored evidence file, for those who may read its update: the action's leads and the programme office, drafts
	 * included, and the board once the update is submitted. Anyone else is refused.
	 */
	@Transactional(readOnly = true)
	public EvidenceFiles.Stored evidenceFile(long evidenceId, Actor reader, boolean boardMember) {
		ProgressUpdate update = this.updates.findByEvidenceId(evidenceId)
			.orElseThrow(() -> new NotFoundException("Evidence"));
		if (!(mayUpdate(reader, update.getActionId()) || (boardMember && !update.draft()))) {
			throw new AccessDeniedException("Only the action's leads, the programme office and, once the update is"
					+ " submitted, the board may read its evidence");
		}
		return this.evidenceContents.file(evidenceId).orElseThrow(() -> new NotFoundException("Evidence file"));
	}

	// Where things stand

	@Transactional(readOnly = true)
	public PlanProgress progress(long planId) {
		List<PeriodView> planPeriods = periods(planId);
		return progress(this.plans.plan(planId), planPeriods, this.reads.ofPeriods(byId(planPeriods)));
	}

	/**
	 * Where things stand, worked out from what a caller has read already: the plan, its periods (oldest first) and
	 * every update of it ({@link #planUpdates(long)}). Reads nothing, so needs no transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public PlanProgress progress(PlanView plan, List<PeriodView> planPeriods, List<UpdateView> planUpdates) {
		Optional<PeriodView> current = planPeriods.stream().filter(PeriodView::open).reduce((a, b) -> b);
		LocalDate today = LocalDate.now(this.clock);
		return progress(plan, planPeriods, planUpdates, current, today, today);
	}

	/**
	 * The plan's progress as it stood at one of its reporting periods, worked out from what a caller has read
	 * already (as {@link #progress(PlanView, List, List)}): only that period's and earlier updates count, that period
	 * is the one leads were reporting on, and the flags are judged on {@link PeriodView#judgedOn the period's day}.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public PlanProgress progressAt(PlanView plan, PeriodView period, List<PeriodView> planPeriods,
			List<UpdateView> planUpdates) {
		LocalDate today = LocalDate.now(this.clock);
		return progress(plan, planPeriods.stream().filter(p -> !p.month().isAfter(period.month())).toList(),
				planUpdates.stream().filter(u -> !u.period().month().isAfter(period.month())).toList(),
				Optional.of(period), period.judgedOn(today), today);
	}

	/**
	 * The actions the board must look at in the period, and why, in the plan's order, worked out from what a caller
	 * has read already (as {@link #progressAt}): the one rule for exceptions ({@link ActionException}), whether the
	 * dashboard, the board pack or a published report shows them. Reads nothing, so needs no transaction.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<ActionException> exceptions(PlanView plan, PeriodView period, List<PeriodView> planPeriods,
			List<UpdateView> planUpdates) {
		Map<Long, UpdateView> inPeriod = planUpdates.stream()
			.filter(update -> update.period().id() == period.id())
			.collect(Collectors.toMap(UpdateView::actionId, Function.identity()));
		List<ActionException> exceptions = new ArrayList<>();
		for (ActionProgress position : progressAt(plan, period, planPeriods, planUpdates).actions()) {
			List<String> reasons = ProgressRules.exceptionReasons(position,
					Optional.ofNullable(inPeriod.get(position.actionId())));
			if (!reasons.isEmpty()) {
				exceptions.add(new ActionException(position.actionId(), position.number(), position.outcome(),
						position.statusLabel(), position.rag(), reasons));
			}
		}
		return exceptions;
	}

	/**
	 * @param current the period leads report on, as judged
	 * @param day the day the position is judged on
	 * @param today the real day, on which an update not submitted by its period's due date is missing
	 */
	private PlanProgress progress(PlanView plan, List<PeriodView> planPeriods, List<UpdateView> planUpdates,
			Optional<PeriodView> current, LocalDate day, LocalDate today) {
		Map<Long, List<UpdateView>> updatesByAction = planUpdates.stream()
			.collect(Collectors.groupingBy(UpdateView::actionId));
		List<ActionProgress> positions = new ArrayList<>();
		List<PlanProgress.Row> matrix = new ArrayList<>();
		plan.actions().forEach(action -> {
			List<UpdateView> actionUpdates = updatesByAction.getOrDefault(action.id(), List.of())
				.stream()
				.sorted(Comparator.comparing((UpdateView u) -> u.period().month()))
				.toList();
			positions.add(position(action, plan.scale(), actionUpdates, current, day, today));
			matrix.add(new PlanProgress.Row(action.id(), action.number(), planPeriods.stream().map(period -> {
				Optional<UpdateView> update = actionUpdates.stream()
					.filter(u -> u.period().id() == period.id() && u.submitted())
					.findFirst();
				Optional<ScaleView.Step> step = update.flatMap(u -> ProgressRules.step(plan.scale(), u.statusCode()));
				return new PlanProgress.Cell(period.id(), period.month().toString(),
						step.map(ScaleView.Step::code).orElse(null), step.map(ScaleView.Step::label).orElse(null),
						step.map(ScaleView.Step::rag).orElse(null), update.map(UpdateView::state).orElse(null));
			}).toList()));
		});
		return new PlanProgress(plan.id(), planPeriods, positions, matrix);
	}

	/**
	 * The actions the account's person leads, with where each stands.
	 */
	@Transactional(readOnly = true)
	public List<ActionProgress> myActions(long accountId) {
		Set<Long> led = this.plans.actionIdsLedBy(this.people.personIdsOfAccount(accountId));
		if (led.isEmpty()) {
			return List.of();
		}
		// The actions led and what they need of their plans, their plans' periods and the actions' own updates: a
		// fixed number of reads, however many actions the person leads.
		List<ActionInPlan> actions = this.plans.actionsInPlans(led);
		List<Long> planIds = actions.stream().map(ActionInPlan::planId).distinct().toList();
		List<PeriodView> periods = this.periods.findByPlanIdInOrderByMonth(planIds)
			.stream()
			.map(ReportingPeriod::toView)
			.toList();
		Map<Long, List<UpdateView>> updatesByAction = this.reads.ofPeriods(byId(periods), led)
			.stream()
			.sorted(Comparator.comparing((UpdateView u) -> u.period().month()))
			.collect(Collectors.groupingBy(UpdateView::actionId));
		LocalDate today = LocalDate.now(this.clock);
		return actions.stream().map(inPlan -> {
			Optional<PeriodView> current = periods.stream()
				.filter(period -> period.planId() == inPlan.planId() && period.open())
				.reduce((a, b) -> b);
			return position(inPlan.action(), inPlan.scale(),
					updatesByAction.getOrDefault(inPlan.action().id(), List.of()), current, today, today);
		}).toList();
	}

	/**
	 * Whether the actor may write updates for the action: an administrator, or one of its leads.
	 */
	@Transactional(readOnly = true)
	public boolean mayUpdate(Actor actor, long actionId) {
		return actor.administrator() || this.plans.ledBy(actionId, this.people.personIdsOfAccount(actor.accountId()));
	}

	private ActionProgress position(ActionView action, ScaleView scale, List<UpdateView> updates,
			Optional<PeriodView> current, LocalDate day, LocalDate today) {
		List<UpdateView> submitted = updates.stream().filter(UpdateView::submitted).toList();
		Optional<UpdateView> latest = submitted.isEmpty() ? Optional.empty()
				: Optional.of(submitted.get(submitted.size() - 1));
		Optional<UpdateView> inCurrent = current
			.flatMap(period -> updates.stream().filter(u -> u.period().id() == period.id()).findFirst());
		boolean missed = current.isPresent() && ProgressRules.updateMissed(current.get(),
				inCurrent.map(UpdateView::submitted).orElse(false), today);
		Set<Flag> flags = ProgressRules.flags(action, scale, submitted, missed, day);
		Optional<ScaleView.Step> step = latest.flatMap(u -> ProgressRules.step(scale, u.statusCode()));
		return new ActionProgress(action.id(), action.planId(), action.number(), action.outcome(),
				step.map(ScaleView.Step::code).orElse(null), step.map(ScaleView.Step::label).orElse(null),
				step.map(ScaleView.Step::rag).orElse(null), flags,
				updates.stream().map(UpdateView::updatedAt).max(Comparator.naturalOrder()).orElse(null),
				inCurrent.map(UpdateView::id).orElse(null), inCurrent.map(UpdateView::state).orElse(null));
	}

	private void requireMayUpdate(Actor actor, ActionView action) {
		if (!mayUpdate(actor, action.id())) {
			throw new AccessDeniedException("Only the action's leads may update it");
		}
	}

	private ProgressUpdate editableUpdate(long updateId, Actor actor) {
		ProgressUpdate update = findUpdate(updateId);
		requireMayUpdate(actor, this.plans.action(update.getActionId()));
		findPeriod(update.getPeriodId()).requireOpen();
		return update;
	}

	private ReportingPeriod currentOpenPeriod(long planId) {
		return this.periods.findByPlanIdOrderByMonth(planId)
			.stream()
			.filter(ReportingPeriod::isOpen)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new ConflictException("There is no open reporting period for this plan"));
	}

	private Map<Long, PeriodView> periodsById(long planId) {
		return byId(periods(planId));
	}

	private static Map<Long, PeriodView> byId(List<PeriodView> periods) {
		return periods.stream().collect(Collectors.toMap(PeriodView::id, Function.identity()));
	}

	private ReportingPeriod findPeriod(long id) {
		return this.periods.findById(id).orElseThrow(() -> new NotFoundException("Reporting period"));
	}

	private ProgressUpdate findUpdate(long id) {
		return this.updates.findById(id).orElseThrow(() -> new NotFoundException("Update"));
	}

	private Instant now() {
		return this.clock.instant();
	}

	/**
	 * A closed or archived plan's record is finished: it takes no new reporting periods and no new or changed
	 * updates.
	 */
	private static void requireOpenForReporting(PlanView plan) {
		requireOpenForReporting(plan.status(), plan.archived());
	}

	private static void requireOpenForReporting(PlanStatus status, Archived archived) {
		if (status == PlanStatus.CLOSED) {
			throw new ConflictException(
					"This plan is closed: it takes no new reporting periods or updates. Reopen it to report on it");
		}
		if (archived != null) {
			throw new ConflictException(archived.describe("plan")
					+ ": it takes no new reporting periods or updates. Restore it to report on it");
		}
	}

}
