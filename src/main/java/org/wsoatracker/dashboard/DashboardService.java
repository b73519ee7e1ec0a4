package org.wsoatracker.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wsoatracker.dashboard.PlanDashboard.Actual;
import org.wsoatracker.dashboard.PlanDashboard.AreaStatus;
import org.wsoatracker.dashboard.PlanDashboard.ChangeRow;
import org.wsoatracker.dashboard.PlanDashboard.Column;
import org.wsoatracker.dashboard.PlanDashboard.DateRow;
import org.wsoatracker.dashboard.PlanDashboard.Direction;
import org.wsoatracker.dashboard.PlanDashboard.ExceptionRow;
import org.wsoatracker.dashboard.PlanDashboard.HeatmapRow;
import org.wsoatracker.dashboard.PlanDashboard.MeasureRow;
import org.wsoatracker.dashboard.PlanDashboard.Status;
import org.wsoatracker.dashboard.PlanDashboard.StatusCount;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.progress.ActionException;
import org.wsoatracker.progress.ActionProgress;
import org.wsoatracker.progress.DecisionsWaiting;
import org.wsoatracker.progress.MeasureReading;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.PlanProgress;
import org.wsoatracker.progress.ProgressRules;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.Trajectory;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.shared.audit.DataVersion;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.shared.text.Wording;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The Improvement Board's read models: a plan's dashboard and every plan's headline position. Built from the plan
 * and progress modules' APIs, a fixed number of reads per plan whatever its number of actions; writes nothing. Each
 * read is a transaction of its own (a transaction around them all would see no more consistent data, each statement
 * seeing what is committed when it runs), so a dashboard kept from before costs one statement and no transaction.
 */
@Service
public class DashboardService {

	/** How far ahead the dashboard looks for actions that end soon. */
	public static final int ENDING_SOON_DAYS = 60;


	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

	private final PlanService plans;

	private final ProgressService progress;

	private final DataVersion dataVersion;

	private final Clock clock;

	/** Each plan's headline and decisions waiting, as worked out at a version of its data on a day: small. */
	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	/** The whole dashboards of the plans shown most recently, each as worked out at a version of its data on a day. */
	private final RecentPlans<KeptDashboard> dashboards;

	DashboardService(PlanService plans, ProgressService progress, DataVersion dataVersion, Clock clock,
			@Value("${wsoa.dashboard.kept-plans:200}") int keptPlans) {
		this.dashboards = new RecentPlans<>(keptPlans);
		this.plans = plans;
		this.progress = progress;
		this.dataVersion = dataVersion;
		this.clock = clock;
	}

	public PlanDashboard dashboard(long planId) {
		return dashboard(planId, DashboardFilter.none());
	}

	/**
	 * The plan's dashboard showing only the actions the filter matches; the plan's deadlines always show. The whole
	 * dashboard is worked out again only when the data or the date has changed since it was last asked for: the same
	 * dashboard is answered until then.
	 */
	public PlanDashboard dashboard(long planId, DashboardFilter filter) {
		if (filter.active()) {
			return dashboard(read(planId, LocalDate.now(this.clock)), filter);
		}
		long version = this.dataVersion.ofPlan(planId);
		LocalDate today = LocalDate.now(this.clock);
		KeptDashboard kept = this.dashboards.get(planId);
		if (kept != null && kept.version() == version && kept.today().equals(today)) {
			return kept.dashboard();
		}
		return workOut(planId, version, today);
	}

	/**
	 * The plan's headline position (as the board's list of plans shows it): the same counts as its dashboard.
	 */
	public PlanHeadline headline(long planId) {
		return kept(planId, this.dataVersion.ofPlan(planId), LocalDate.now(this.clock)).headline();
	}

	/**
	 * The headline position of every plan of the scope's local areas, each worked out again only when its data or the
	 * date has changed: a change to one plan costs the board's home page that plan's work alone.
	 */
	public List<PlanHeadline> headlines(AreaScope scope) {
		return keptIn(scope).stream().map(Kept::headline).toList();
	}

	/**
	 * What the board has to decide on the plan: the updates submitted in its open periods, period by period (as
	 * {@link ProgressService#decisionsWaiting(long)} counts them), kept with its headline.
	 */
	public List<DecisionsWaiting> decisionsWaiting(long planId) {
		return kept(planId, this.dataVersion.ofPlan(planId), LocalDate.now(this.clock)).waiting();
	}

	/**
	 * The same for every plan of the scope's local areas neither closed nor archived, plan by plan in the order of
	 * their titles: each plan's kept with its headline, so that the board's home reads no update.
	 */
	public List<DecisionsWaiting> decisionsWaiting(AreaScope scope) {
		return keptIn(scope).stream()
			.flatMap(kept -> kept.waiting().stream())
			.sorted(Comparator.comparing(DecisionsWaiting::planTitle)
				.thenComparingLong(DecisionsWaiting::planId)
				.thenComparing(DecisionsWaiting::month))
			.toList();
	}

	/**
	 * What is kept for each plan of the scope's local areas in use, in the order plans are listed: two statements
	 * (the plans, their versions), and each plan's work only when its data or the date has changed.
	 */
	private List<Kept> keptIn(AreaScope scope) {
		LocalDate today = LocalDate.now(this.clock);
		List<Long> planIds = this.plans.planIds(scope);
		Map<Long, Long> versions = this.dataVersion.ofPlans(planIds);
		return planIds.stream().map(id -> kept(id, versions.getOrDefault(id, 0L), today)).toList();
	}

	/**
	 * What is kept for the plan at this version of its data (read before the data, so that nothing is kept for a
	 * version older than what it was worked out from) and on this day.
	 */
	private Kept kept(long planId, long version, LocalDate today) {
		Kept kept = this.kept.get(planId);
		if (kept == null || kept.version() != version || !kept.today().equals(today)) {
			workOut(planId, version, today);
			kept = this.kept.get(planId);
		}
		return kept;
	}

	/**
	 * Works out the plan's whole dashboard, headline and decisions waiting at this version and day, and keeps them.
	 */
	private PlanDashboard workOut(long planId, long version, LocalDate today) {
		Facts facts = read(planId, today);
		PlanDashboard dashboard = dashboard(facts, DashboardFilter.none());
		this.kept.put(planId,
				new Kept(version, today, headline(facts, dashboard), this.progress.decisionsWaiting(planId)));
		this.dashboards.put(planId, new KeptDashboard(version, today, dashboard));
		return dashboard;
	}

	private Facts read(long planId, LocalDate today) {
		PlanView plan = this.plans.plan(planId);
		List<PeriodView> periods = this.progress.periods(planId);
		List<UpdateView> updates = this.progress.planUpdates(planId);
		PlanProgress progress = this.progress.progress(plan, periods, updates);
		List<ActionException> exceptions = periods.isEmpty() ? List.of()
				: this.progress.exceptions(plan, periods.get(periods.size() - 1), periods, updates);
		return new Facts(plan, periods, updates, progress.actions()
			.stream()
			.collect(Collectors.toMap(ActionProgress::actionId, Function.identity())), progress.matrix(), exceptions,
				today);
	}

	private static PlanDashboard dashboard(Facts facts, DashboardFilter filter) {
		PlanView whole = facts.plan();
		Map<Long, ActionProgress> positions = facts.positions();
		PlanView plan = filter.active() ? filtered(whole, filter, positions) : whole;
		List<PeriodView> periods = facts.periods();
		Map<Long, PlanProgress.Row> rows = facts.matrix()
			.stream()
			.collect(Collectors.toMap(PlanProgress.Row::actionId, Function.identity()));
		Map<Long, List<UpdateView>> updatesByAction = facts.updates()
			.stream()
			.sorted(Comparator.comparing((UpdateView u) -> u.period().month()))
			.collect(Collectors.groupingBy(UpdateView::actionId, LinkedHashMap::new, Collectors.toList()));
		String latest = periods.isEmpty() ? null : periods.get(periods.size() - 1).label();
		String previous = periods.size() < 2 ? null : periods.get(periods.size() - 2).label();
		return new PlanDashboard(plan.id(), plan.title(), plan.localAreaName(),
				periods.stream().map(p -> new Column(p.id(), p.shortLabel(), p.label(), p.open(), p.reviewPoint())).toList(),
				areas(plan, positions), heatmap(plan, rows), exceptions(plan, facts.exceptions()), latest, previous,
				changes(plan, rows), deadlines(plan, periods, facts.today()), endingSoon(plan, positions, facts.today()),
				ENDING_SOON_DAYS, measures(plan, periods, updatesByAction, facts.today()), filter, choices(whole));
	}

	private static PlanHeadline headline(Facts facts, PlanDashboard dashboard) {
		Map<Rag, Integer> counts = new LinkedHashMap<>();
		int none = 0;
		for (ActionProgress position : facts.positions().values()) {
			if (position.rag() == null) {
				none++;
			}
			else {
				counts.merge(position.rag(), 1, Integer::sum);
			}
		}
		int total = facts.positions().size();
		List<StatusCount> byRag = new ArrayList<>();
		for (Rag rag : Rag.values()) {
			if (counts.containsKey(rag)) {
				byRag.add(new StatusCount(new Status(rag.label(), rag.tagColour()), counts.get(rag),
						percent(counts.get(rag), total)));
			}
		}
		if (none > 0) {
			byRag.add(new StatusCount(Status.NO_UPDATE, none, percent(none, total)));
		}
		PlanView plan = facts.plan();
		// A plan not submitted by its deadline says so first: the board has nothing more pressing to see about it.
		Optional<LocalDate> missed = missedSubmission(plan, facts.today());
		if (missed.isPresent()) {
			return new PlanHeadline(plan.id(), plan.title(), plan.localAreaName(), total, byRag,
					dashboard.exceptions().size(), "Deadline passed " + DAY.format(missed.get()) + " \u2014 not submitted",
					missed.get());
		}
		Optional<DateRow> next = nextDeadline(plan, facts.periods(), facts.positions(), facts.today());
		return new PlanHeadline(plan.id(), plan.title(), plan.localAreaName(), total, byRag,
				dashboard.exceptions().size(),
				next.map(row -> row.what() + ": " + DAY.format(row.date())).orElse("None set"),
				next.map(DateRow::date).orElse(null));
	}

	private static PlanView filtered(PlanView plan, DashboardFilter filter, Map<Long, ActionProgress> positions) {
		List<AreaView> areas = plan.areas()
			.stream()
			.map(area -> new AreaView(area.id(), area.number(), area.title(), area.weaknessText(), area.weaknesses(),
					area.actions().stream().filter(a -> filter.matches(a, positions.get(a.id()))).toList()))
			.filter(area -> !area.actions().isEmpty())
			.toList();
		return new PlanView(plan.id(), plan.title(), plan.kind(), plan.status(), plan.archived(), plan.version(),
				plan.localAreaId(), plan.localAreaName(), plan.inspection(), plan.scale(), plan.submissionDeadline(),
				plan.deadline(), plan.governance(), plan.signOffs(), plan.reviewPoints(), plan.activity(), areas);
	}

	private static DashboardFilter.Choices choices(PlanView plan) {
		List<DashboardFilter.Choice> areas = plan.areas()
			.stream()
			.map(area -> new DashboardFilter.Choice(String.valueOf(area.number()), area.number() + ": " + area.title()))
			.toList();
		java.util.TreeMap<String, String> organisations = new java.util.TreeMap<>();
		java.util.TreeMap<String, String> leads = new java.util.TreeMap<>();
		plan.actions().forEach(action -> {
			action.leads().forEach(lead -> {
				organisations.put(lead.organisationCode(), lead.organisationCode());
				leads.put(lead.name() + " (" + lead.initials() + ", " + lead.organisationCode() + ")",
						String.valueOf(lead.personId()));
			});
			action.leadOrganisations().forEach(o -> organisations.put(o.code(), o.code() + ": " + o.name()));
		});
		List<DashboardFilter.Choice> statuses = new ArrayList<>(plan.scale()
			.steps()
			.stream()
			.map(step -> new DashboardFilter.Choice(step.code(), step.label()))
			.toList());
		statuses.add(new DashboardFilter.Choice(DashboardFilter.NO_UPDATE, Wording.NO_UPDATE));
		return new DashboardFilter.Choices(areas,
				organisations.entrySet().stream().map(e -> new DashboardFilter.Choice(e.getKey(), e.getValue())).toList(),
				leads.entrySet().stream().map(e -> new DashboardFilter.Choice(e.getValue(), e.getKey())).toList(),
				statuses);
	}

	private static List<AreaStatus> areas(PlanView plan, Map<Long, ActionProgress> positions) {
		List<AreaStatus> areas = new ArrayList<>();
		for (AreaView area : plan.areas()) {
			int total = area.actions().size();
			List<StatusCount> counts = new ArrayList<>();
			for (ScaleView.Step step : plan.scale().steps()) {
				int count = (int) area.actions()
					.stream()
					.filter(action -> step.code().equals(positions.get(action.id()).statusCode()))
					.count();
				counts.add(new StatusCount(new Status(step.label(), step.rag().tagColour()), count,
						percent(count, total)));
			}
			int none = (int) area.actions()
				.stream()
				.filter(action -> positions.get(action.id()).statusCode() == null)
				.count();
			counts.add(new StatusCount(Status.NO_UPDATE, none, percent(none, total)));
			areas.add(new AreaStatus(area.number(), area.title(), total, counts));
		}
		return areas;
	}

	private static List<HeatmapRow> heatmap(PlanView plan, Map<Long, PlanProgress.Row> rows) {
		return plan.actions()
			.map(action -> new HeatmapRow(action.id(), action.number(), action.outcome(),
					rows.get(action.id()).cells().stream().map(cell -> Status.of(cell.statusLabel(), cell.rag())).toList()))
			.toList();
	}

	/**
	 * The exceptions of the plan's latest period among the actions shown.
	 */
	private static List<ExceptionRow> exceptions(PlanView plan, List<ActionException> exceptions) {
		Set<Long> shown = plan.actions().map(ActionView::id).collect(Collectors.toSet());
		return exceptions.stream()
			.filter(exception -> shown.contains(exception.actionId()))
			.map(exception -> new ExceptionRow(exception.actionId(), exception.number(), exception.outcome(),
					Status.of(exception.statusLabel(), exception.rag()), exception.reasons()))
			.toList();
	}

	private static List<ChangeRow> changes(PlanView plan, Map<Long, PlanProgress.Row> rows) {
		List<String> order = plan.scale().steps().stream().map(ScaleView.Step::code).toList();
		return plan.actions().map(action -> {
			List<PlanProgress.Cell> cells = rows.get(action.id()).cells();
			PlanProgress.Cell now = cells.isEmpty() ? null : cells.get(cells.size() - 1);
			PlanProgress.Cell before = cells.size() < 2 ? null : cells.get(cells.size() - 2);
			String nowCode = now == null ? null : now.statusCode();
			String beforeCode = before == null ? null : before.statusCode();
			Direction direction;
			if (nowCode == null) {
				direction = Direction.NOT_REPORTED;
			}
			else if (beforeCode == null) {
				direction = Direction.FIRST;
			}
			else {
				int change = Integer.compare(order.indexOf(nowCode), order.indexOf(beforeCode));
				direction = change > 0 ? Direction.UP : change < 0 ? Direction.DOWN : Direction.SAME;
			}
			return new ChangeRow(action.id(), action.number(),
					before == null ? Status.NO_UPDATE : Status.of(before.statusLabel(), before.rag()),
					now == null ? Status.NO_UPDATE : Status.of(now.statusLabel(), now.rag()), direction);
		}).toList();
	}

	private static List<DateRow> deadlines(PlanView plan, List<PeriodView> periods, LocalDate today) {
		List<DateRow> rows = new ArrayList<>();
		LocalDate submission = submissionDeadline(plan);
		if (submission != null) {
			rows.add(new DateRow(missedSubmission(plan, today).isPresent()
					? "Plan submission deadline passed \u2014 not submitted" : "Plan submission deadline", submission,
					null, null));
		}
		periods.stream()
			.filter(PeriodView::open)
			.forEach(period -> rows.add(new DateRow("Updates for " + period.label() + " due", period.dueDate(), null,
					null)));
		return rows;
	}

	private static LocalDate submissionDeadline(PlanView plan) {
		return plan.submissionDeadline() != null ? plan.submissionDeadline()
				: plan.deadline() == null ? null : plan.deadline().effective();
	}

	/**
	 * The plan's submission deadline if it has passed and the plan is still a draft: not submitted, let alone
	 * accepted or closed.
	 */
	private static Optional<LocalDate> missedSubmission(PlanView plan, LocalDate today) {
		LocalDate submission = submissionDeadline(plan);
		return plan.status() == PlanStatus.DRAFT && submission != null && submission.isBefore(today)
				? Optional.of(submission) : Optional.empty();
	}

	private static List<DateRow> endingSoon(PlanView plan, Map<Long, ActionProgress> positions, LocalDate today) {
		LocalDate until = today.plusDays(ENDING_SOON_DAYS);
		return plan.actions()
			.filter(action -> action.end() != null && !action.end().lastDay().isBefore(today)
					&& !action.end().lastDay().isAfter(until))
			.filter(action -> !complete(plan, positions.get(action.id())))
			.sorted(Comparator.comparing((ActionView action) -> action.end().lastDay()))
			.map(action -> new DateRow("Action " + action.number() + " ends (" + action.end().display() + ")",
					action.end().lastDay(), action.id(), action.number()))
			.toList();
	}

	private static Optional<DateRow> nextDeadline(PlanView plan, List<PeriodView> periods,
			Map<Long, ActionProgress> positions, LocalDate today) {
		List<DateRow> candidates = new ArrayList<>(deadlines(plan, periods, today));
		plan.actions()
			.filter(action -> action.end() != null && !complete(plan, positions.get(action.id())))
			.forEach(action -> candidates.add(new DateRow("Action " + action.number() + " ends",
					action.end().lastDay(), action.id(), action.number())));
		Optional<DateRow> ahead = candidates.stream()
			.filter(row -> !row.date().isBefore(today))
			.min(Comparator.comparing(DateRow::date));
		if (ahead.isPresent()) {
			return ahead;
		}
		return deadlines(plan, periods, today).stream()
			.filter(row -> row.actionId() == null && row.what().startsWith("Updates"))
			.findFirst()
			.map(row -> new DateRow(row.what() + " (passed)", row.date(), null, null));
	}

	/**
	 * Each numeric measure with its reading in every period ({@link ProgressRules#reading}); its baseline and latest
	 * position are those of the last period with an actual.
	 */
	private static List<MeasureRow> measures(PlanView plan, List<PeriodView> periods,
			Map<Long, List<UpdateView>> updatesByAction, LocalDate today) {
		List<MeasureRow> rows = new ArrayList<>();
		plan.actions().forEach(action -> {
			List<UpdateView> updates = updatesByAction.getOrDefault(action.id(), List.of());
			for (MeasureView measure : action.measures()) {
				if (!measure.numeric()) {
					continue;
				}
				List<Actual> actuals = new ArrayList<>();
				MeasureReading latest = null;
				for (PeriodView period : periods) {
					MeasureReading reading = ProgressRules.reading(action, measure, period, updates, today);
					actuals.add(new Actual(period.shortLabel(), reading.actual(), reading.trajectory().label()));
					if (latest == null || reading.actual() != null) {
						latest = reading;
					}
				}
				rows.add(new MeasureRow(action.id(), action.number(), measure.id(), measure.text(),
						measure.unit() == null ? "" : measure.unit(),
						latest == null ? measure.baseline() : latest.baseline(),
						latest != null && latest.baselineFromActual(), measure.target(),
						measure.targetMonth() == null ? null : measure.targetMonth().format(
								DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)),
						actuals, (latest == null ? Trajectory.NO_ACTUAL : latest.trajectory()).label()));
			}
		});
		return rows;
	}

	private static boolean complete(PlanView plan, ActionProgress position) {
		return position != null && position.statusCode() != null && ProgressRules
			.step(plan.scale(), position.statusCode())
			.map(ScaleView.Step::complete)
			.orElse(false);
	}

	private static int percent(int count, int total) {
		return total == 0 ? 0 : Math.round(100f * count / total);
	}

	/**
	 * What a plan's dashboards are worked out from: the plan, its periods and updates, where each action stands, its
	 * status in each period and the exceptions of the latest period, on the day.
	 */
	private record Facts(PlanView plan, List<PeriodView> periods, List<UpdateView> updates,
			Map<Long, ActionProgress> positions, List<PlanProgress.Row> matrix, List<ActionException> exceptions,
			LocalDate today) {
	}

	private record Kept(long version, LocalDate today, PlanHeadline headline, List<DecisionsWaiting> waiting) {
	}

	private record KeptDashboard(long version, LocalDate today, PlanDashboard dashboard) {
	}

}
