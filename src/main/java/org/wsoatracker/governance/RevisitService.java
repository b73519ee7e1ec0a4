package org.wsoatracker.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.CarryForwardCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.progress.ActionException;
import org.wsoatracker.progress.ActionProgress;
import org.wsoatracker.progress.MeasureReading;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressRules;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.Trajectory;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisits and monitoring inspections: recorded against the plan they judge (and the inspection it answers), a
 * judgement per area of weakness, and what follows: the plan closed, areas released from monitoring one at a time, or
 * an accelerated progress plan made from the weaknesses judged not sufficient, carrying their open actions.
 */
@Service
@Transactional
public class RevisitService {

	static final String STALE = "Someone else changed this while you were editing it";

	private final RevisitRepository revisits;

	private final PlanService plans;

	private final InspectionService inspections;

	private final ProgressService progress;

	private final Clock clock;

	private final EntityManager entityManager;

	RevisitService(RevisitRepository revisits, PlanService plans, InspectionService inspections,
			ProgressService progress, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.revisits = revisits;
		this.plans = plans;
		this.inspections = inspections;
		this.progress = progress;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RevisitView> revisitsOf(long planId) {
		PlanView plan = this.plans.plan(planId);
		return this.revisits.findByPlanIdOrderByStartDateAsc(planId).stream().map(r -> toView(r, plan)).toList();
	}

	/**
	 * The plan's revisit; not found when it is another plan's.
	 */
	@Transactional(readOnly = true)
	public RevisitView revisit(long planId, long revisitId) {
		return toView(find(planId, revisitId), this.plans.plan(planId));
	}

	public RevisitView record(long planId, RevisitDetails details) {
		PlanView plan = this.plans.plan(planId);
		Revisit revisit = this.revisits.saveAndFlush(new Revisit(planId, plan.inspection().id(), details));
		return toView(revisit, plan);
	}

	public RevisitView update(long planId, long revisitId, long expectedVersion, RevisitDetails details) {
		Revisit revisit = find(planId, revisitId);
		requireVersion(revisit, expectedVersion);
		revisit.update(details);
		return toView(this.revisits.saveAndFlush(revisit), this.plans.plan(planId));
	}

	/**
	 * Records the inspectors' judgement of one of the inspection's areas of weakness, in their words.
	 */
	public RevisitView judge(long planId, long revisitId, long weaknessId, long expectedVersion, Judgement judgement,
			String inspectorsWords) {
		Revisit revisit = find(planId, revisitId);
		PlanView plan = this.plans.plan(planId);
		weakness(plan, weaknessId);
		requireVersion(revisit, expectedVersion);
		revisit.judge(weaknessId, judgement, inspectorsWords);
		return toView(this.revisits.saveAndFlush(forceNewVersion(revisit)), plan);
	}

	/**
	 * Releases an area of weakness judged to have made sufficient progress from monitoring, today.
	 */
	public RevisitView release(long planId, long revisitId, long weaknessId) {
		Revisit revisit = find(planId, revisitId);
		PlanView plan = this.plans.plan(planId);
		WeaknessView weakness = weakness(plan, weaknessId);
		RevisitJudgement judgement = revisit.judgement(weaknessId)
			.filter(j -> j.getJudgement() == Judgement.SUFFICIENT_PROGRESS)
			.orElseThrow(() -> new ConflictException(weakness.name()
					+ " can be released from monitoring only once the inspectors judged its progress sufficient"));
		judgement.release(LocalDate.now(this.clock));
		return toView(this.revisits.saveAndFlush(forceNewVersion(revisit)), plan);
	}

	/**
	 * Closes the plan the revisit judged: only once every area of weakness is judged, none of them not sufficient.
	 */
	public void closePlan(long planId, long revisitId) {
		RevisitView revisit = revisit(planId, revisitId);
		if (!revisit.allJudged() || !revisit.notSufficient().isEmpty()) {
			throw new ConflictException("The plan can be closed only when the inspectors judged every area of "
					+ "weakness to have made sufficient progress");
		}
		PlanView plan = this.plans.plan(planId);
		this.plans.closePlan(planId, plan.version());
	}

	/**
	 * What an accelerated progress plan made from this revisit would hold.
	 */
	@Transactional(readOnly = true)
	public CarryPreview carryPreview(long planId, long revisitId) {
		RevisitView revisit = revisit(planId, revisitId);
		PlanView plan = this.plans.plan(planId);
		Set<Long> weaknessIds = revisit.notSufficient()
			.stream()
			.map(w -> w.weakness().id())
			.collect(Collectors.toSet());
		Map<Long, ActionProgress> positions = positions(plan);
		List<CarryPreview.Area> areas = new ArrayList<>();
		for (AreaView area : plan.areas()) {
			if (area.weaknesses().stream().noneMatch(w -> weaknessIds.contains(w.id()))) {
				continue;
			}
			List<CarryPreview.Action> carried = new ArrayList<>();
			List<CarryPreview.Action> finished = new ArrayList<>();
			for (ActionView action : area.actions()) {
				ActionProgress position = positions.get(action.id());
				CarryPreview.Action row = new CarryPreview.Action(action.id(), action.number(), action.outcome(),
						position == null || position.statusLabel() == null ? "No update yet"
								: position.statusLabel());
				(complete(plan.scale(), position) ? finished : carried).add(row);
			}
			areas.add(new CarryPreview.Area(area.number(), area.title(), carried, finished));
		}
		return new CarryPreview(revisit.notSufficient().stream().map(RevisitView.WeaknessJudgement::weakness).toList(),
				areas);
	}

	/**
	 * Makes the accelerated progress plan from the weaknesses judged not sufficient: their areas and open actions
	 * (those not completed or embedded) carried into a new draft plan, each action linked to the one it carries on.
	 */
	public PlanSummary createAcceleratedProgressPlan(long planId, long revisitId, long expectedVersion, String title) {
		Revisit revisit = find(planId, revisitId);
		requireVersion(revisit, expectedVersion);
		if (revisit.getNextPlanId() != null) {
			throw new ConflictException("An accelerated progress plan has already been made from this revisit");
		}
		CarryPreview preview = carryPreview(planId, revisitId);
		if (preview.weaknesses().isEmpty()) {
			throw new ConflictException("No area of weakness was judged not sufficient at this revisit, so there is "
					+ "nothing to carry into an accelerated progress plan");
		}
		Set<Long> actionIds = preview.areas()
			.stream()
			.flatMap(a -> a.carried().stream())
			.map(CarryPreview.Action::id)
			.collect(Collectors.toSet());
		PlanSummary next = this.plans.carryForward(new CarryForwardCommand(planId, PlanKind.ACCELERATED_PROGRESS_PLAN,
				title, preview.weaknesses().stream().map(WeaknessView::id).collect(Collectors.toSet()), actionIds));
		revisit.followedBy(next.id());
		this.revisits.saveAndFlush(revisit);
		return next;
	}

	/**
	 * How ready each of the inspection's areas of weakness is for a revisit, from the plan's progress.
	 */
	@Transactional(readOnly = true)
	public List<WeaknessReadiness> readiness(long planId) {
		PlanView plan = this.plans.plan(planId);
		List<PeriodView> periods = this.progress.periods(planId);
		List<UpdateView> updates = this.progress.planUpdates(planId);
		Map<Long, ActionProgress> positions = this.progress.progress(plan, periods, updates)
			.actions()
			.stream()
			.collect(Collectors.toMap(ActionProgress::actionId, Function.identity()));
		Map<Long, ActionException> exceptions = periods.isEmpty() ? Map.of()
				: this.progress.exceptions(plan, periods.get(periods.size() - 1), periods, updates)
					.stream()
					.collect(Collectors.toMap(ActionException::actionId, Function.identity()));
		Map<Long, List<UpdateView>> updatesByAction = updates.stream()
			.collect(Collectors.groupingBy(UpdateView::actionId));
		LocalDate today = LocalDate.now(this.clock);
		List<WeaknessReadiness> rows = new ArrayList<>();
		for (WeaknessView weakness : plan.inspection().weaknesses()) {
			List<AreaView> areas = plan.areas()
				.stream()
				.filter(a -> a.weaknesses().stream().anyMatch(w -> w.id() == weakness.id()))
				.toList();
			List<ActionView> actions = areas.stream().flatMap(a -> a.actions().stream()).toList();
			List<ActionView> complete = actions.stream()
				.filter(a -> complete(plan.scale(), positions.get(a.id())))
				.toList();
			int withEvidence = (int) complete.stream()
				.filter(a -> latestSubmitted(updatesByAction.getOrDefault(a.id(), List.of()))
					.map(u -> !u.evidence().isEmpty())
					.orElse(false))
				.count();
			Map<Trajectory, Integer> measures = new LinkedHashMap<>();
			for (ActionView action : actions) {
				for (MeasureView measure : action.measures()) {
					if (measure.numeric()) {
						measures.merge(latestPosition(action, measure, periods,
								updatesByAction.getOrDefault(action.id(), List.of()), today), 1, Integer::sum);
					}
				}
			}
			rows.add(new WeaknessReadiness(weakness,
					areas.stream().map(a -> a.number() + ". " + a.title()).toList(), actions.size(), complete.size(),
					withEvidence,
					measures.entrySet()
						.stream()
						.sorted(Map.Entry.comparingByKey())
						.map(e -> new WeaknessReadiness.Count(e.getKey().label(), e.getValue()))
						.toList(),
					actions.stream()
						.filter(a -> exceptions.containsKey(a.id()))
						.map(a -> new WeaknessReadiness.Exception(a.id(), a.number(), exceptions.get(a.id()).reasons()))
						.toList()));
		}
		return rows;
	}

	/**
	 * The revisit that the plan was made from, if it was made from one.
	 */
	@Transactional(readOnly = true)
	public Optional<RevisitView> revisitBefore(long planId) {
		return this.revisits.findFirstByNextPlanId(planId)
			.map(r -> toView(r, this.plans.plan(r.getPlanId())));
	}

	// Helpers

	/**
	 * A measure's position at the latest period with an actual, by the progress module's rule
	 * ({@link ProgressRules#reading}); no actual reported when none has one.
	 */
	private static Trajectory latestPosition(ActionView action, MeasureView measure, List<PeriodView> periods,
			List<UpdateView> updates, LocalDate today) {
		Trajectory latest = Trajectory.NO_ACTUAL;
		for (PeriodView period : periods) {
			MeasureReading reading = ProgressRules.reading(action, measure, period, updates, today);
			if (reading.actual() != null) {
				latest = reading.trajectory();
			}
		}
		return latest;
	}

	private static Optional<UpdateView> latestSubmitted(List<UpdateView> updates) {
		return updates.stream()
			.filter(UpdateView::submitted)
			.max(Comparator.comparing((UpdateView u) -> u.period().month()));
	}

	/**
	 * Whether the action stands at a step of the plan's scale that counts as done (completed or embedded).
	 */
	private static boolean complete(ScaleView scale, ActionProgress position) {
		return position != null && position.statusCode() != null
				&& ProgressRules.step(scale, position.statusCode()).map(ScaleView.Step::complete).orElse(false);
	}

	private Map<Long, ActionProgress> positions(PlanView plan) {
		return this.progress.progress(plan.id())
			.actions()
			.stream()
			.collect(Collectors.toMap(ActionProgress::actionId, Function.identity()));
	}

	private Revisit find(long planId, long revisitId) {
		return this.revisits.findById(revisitId)
			.filter(r -> r.getPlanId() == planId)
			.orElseThrow(() -> new NotFoundException("Revisit"));
	}

	private static WeaknessView weakness(PlanView plan, long weaknessId) {
		return plan.inspection()
			.weaknesses()
			.stream()
			.filter(w -> w.id() == weaknessId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Area of weakness"));
	}

	private static void requireVersion(Revisit revisit, long expectedVersion) {
		if (revisit.getVersion() != expectedVersion) {
			throw new ConflictException(STALE);
		}
	}

	/**
	 * A change to a judgement counts as a change of the revisit, so that someone judging on an older copy is told.
	 */
	private Revisit forceNewVersion(Revisit revisit) {
		this.entityManager.lock(revisit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		return revisit;
	}

	private RevisitView toView(Revisit revisit, PlanView plan) {
		Map<Long, RevisitJudgement> judgements = revisit.getJudgements()
			.stream()
			.collect(Collectors.toMap(RevisitJudgement::getWeaknessId, Function.identity()));
		String nextTitle = revisit.getNextPlanId() == null ? null : this.plans.plan(revisit.getNextPlanId()).title();
		return new RevisitView(revisit.getId(), plan.id(), plan.title(), revisit.getInspectionId(),
				plan.inspection().title(), revisit.details(), revisit.getNextPlanId(), nextTitle, revisit.getVersion(),
				plan.inspection().weaknesses().stream().map(w -> {
					RevisitJudgement j = judgements.get(w.id());
					return new RevisitView.WeaknessJudgement(w, j == null ? null : j.getJudgement(),
							j == null ? null : j.getInspectorsWords(), j == null ? null : j.getReleasedFromMonitoring());
				}).toList());
	}

}
