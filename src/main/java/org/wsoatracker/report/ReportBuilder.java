package org.wsoatracker.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.plan.ScaleView;
import org.wsoatracker.progress.ActionException;
import org.wsoatracker.progress.ActionProgress;
import org.wsoatracker.progress.Flag;
import org.wsoatracker.progress.MeasureReading;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.PlanProgress;
import org.wsoatracker.progress.ProgressRules;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.report.ReportContent.Abbreviation;
import org.wsoatracker.report.ReportContent.Action;
import org.wsoatracker.report.ReportContent.Area;
import org.wsoatracker.report.ReportContent.Decision;
import org.wsoatracker.report.ReportContent.ExceptionItem;
import org.wsoatracker.report.ReportContent.Lead;
import org.wsoatracker.report.ReportContent.Measure;
import org.wsoatracker.report.ReportContent.Status;
import org.wsoatracker.report.ReportContent.StatusCount;
import org.wsoatracker.report.ReportContent.Summary;
import org.wsoatracker.report.ReportContent.Trend;
import org.wsoatracker.shared.error.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a plan's report for a reporting period from the plan and progress records as they are now.
 */
@Component
class ReportBuilder {

	/** How many periods, up to the one reported on, the trend shows. */
	static final int TREND_PERIODS = 6;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	/**
	 * Abbreviations the service's users meet in SEND plans, spelled out where a report uses them.
	 */
	private static final Map<String, String> GLOSSARY = glossary();

	private final PlanService plans;

	private final ProgressService progress;

	private final PeopleService people;

	private final Clock clock;

	ReportBuilder(PlanService plans, ProgressService progress, PeopleService people, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ReportContent build(long planId, long periodId, ReportContent.Paper paper) {
		PlanView plan = this.plans.plan(planId);
		PeriodView period = this.progress.period(periodId);
		if (period.planId() != planId) {
			throw new NotFoundException("Reporting period");
		}
		List<PeriodView> periods = this.progress.periods(planId);
		List<UpdateView> updates = this.progress.planUpdates(planId);
		PlanProgress at = this.progress.progressAt(plan, period, periods, updates);
		Map<Long, ActionProgress> positions = at.actions()
			.stream()
			.collect(Collectors.toMap(ActionProgress::actionId, Function.identity()));
		Map<Long, ActionException> exceptional = this.progress.exceptions(plan, period, periods, updates)
			.stream()
			.collect(Collectors.toMap(ActionException::actionId, Function.identity()));
		Map<Long, List<UpdateView>> updatesByAction = updates.stream()
			.collect(Collectors.groupingBy(UpdateView::actionId));
		Map<Long, UpdateView> reported = updates.stream()
			.filter(update -> update.period().id() == periodId && update.submitted())
			.collect(Collectors.toMap(UpdateView::actionId, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asAt = period.judgedOn(today);

		List<Area> areas = new ArrayList<>();
		List<ExceptionItem> exceptions = new ArrayList<>();
		List<Measure> measures = new ArrayList<>();
		List<Status> all = new ArrayList<>();
		for (AreaView area : plan.areas()) {
			List<Action> actions = new ArrayList<>();
			List<Status> statuses = new ArrayList<>();
			for (ActionView action : area.actions()) {
				Optional<UpdateView> update = Optional.ofNullable(reported.get(action.id()));
				Optional<ScaleView.Step> step = update.flatMap(u -> ProgressRules.step(plan.scale(), u.statusCode()));
				Status status = step.map(ReportBuilder::status).orElse(Status.NOT_REPORTED);
				statuses.add(status);
				ActionProgress position = positions.get(action.id());
				List<String> flags = position.flags().stream().map(Flag::label).toList();
				actions.add(new Action(action.number(), action.outcome(), action.action(), leads(action),
						action.end() == null ? null : action.end().display(), status,
						update.map(UpdateView::confidence).map(Rag::label).orElse(null),
						update.map(UpdateView::done).orElse(null), update.map(UpdateView::nextSteps).orElse(null),
						update.map(u -> u.state().label()).orElse(null),
						update.map(u -> u.reviews()
							.stream()
							.map(review -> new Decision(review.accepted() ? "Accepted" : "Challenged",
									review.comment(), review.reviewerName(), review.decidedOnText()))
							.toList()).orElse(List.of()),
						flags));
				ActionException exception = exceptional.get(action.id());
				if (exception != null) {
					exceptions.add(new ExceptionItem(action.number(), action.outcome(),
							exception.statusLabel() == null ? Status.NOT_REPORTED
									: new Status(exception.statusLabel(), exception.rag().tagColour()),
							exception.reasons(), leads(action), update.map(UpdateView::done).orElse(null),
							update.map(UpdateView::nextSteps).orElse(null)));
				}
				measures.addAll(measures(action, period, updatesByAction.getOrDefault(action.id(), List.of()), today));
			}
			all.addAll(statuses);
			areas.add(new Area(area.number(), area.title(), area.weaknessText(), area.answers(),
					counts(plan.scale(), statuses), actions));
		}
		int complete = (int) reported.values()
			.stream()
			.filter(u -> ProgressRules.step(plan.scale(), u.statusCode()).map(ScaleView.Step::complete).orElse(false))
			.count();
		int ofConcern = (int) reported.values()
			.stream()
			.filter(u -> ProgressRules.step(plan.scale(), u.statusCode())
				.map(step -> step.rag().ofConcern())
				.orElse(false))
			.count();
		int notReported = (int) all.stream().filter(Status.NOT_REPORTED::equals).count();
		List<PeriodView> trendPeriods = at.periods()
			.subList(Math.max(0, at.periods().size() - TREND_PERIODS), at.periods().size());
		ReportContent.Plan planPart = new ReportContent.Plan(plan.id(), plan.title(), plan.kind().label(),
				plan.localAreaName(), plan.inspection() == null ? null : plan.inspection().title(),
				plan.inspection() == null ? null : plan.inspection().publicationDate(),
				plan.governance() == null ? null : plan.governance().boardName(),
				plan.governance() == null ? null : plan.governance().chair(),
				plan.deadline() == null ? null : plan.deadline().effective(), plan.scale().name());
		ReportContent draft = new ReportContent(paper, planPart,
				new ReportContent.Period(period.id(), period.label(), period.reviewPoint(), period.dueDate(), asAt,
						!period.open()),
				new Summary(all.size(), complete, ofConcern, notReported, counts(plan.scale(), all)), areas,
				trend(at, trendPeriods.size()), trendPeriods.stream().map(PeriodView::label).toList(), exceptions,
				measures, List.of());
		return withAbbreviations(draft, plan);
	}

	private static Status status(ScaleView.Step step) {
		return new Status(step.label(), step.rag().tagColour());
	}

	private static List<Lead> leads(ActionView action) {
		return Stream.concat(
				action.leads()
					.stream()
					.map(lead -> new Lead(lead.initials(), lead.name(), lead.roleTitle(), lead.organisationCode())),
				action.leadOrganisations().stream().map(org -> new Lead(null, null, null, org.code())))
			.toList();
	}

	private static List<StatusCount> counts(ScaleView scale, List<Status> statuses) {
		Map<Status, Integer> counts = new LinkedHashMap<>();
		scale.steps().forEach(step -> counts.put(status(step), 0));
		counts.put(Status.NOT_REPORTED, 0);
		statuses.forEach(status -> counts.merge(status, 1, Integer::sum));
		return counts.entrySet().stream().map(entry -> new StatusCount(entry.getKey(), entry.getValue())).toList();
	}

	/**
	 * The action's numeric measures as they stood in the period ({@link ProgressRules#reading}).
	 */
	private static List<Measure> measures(ActionView action, PeriodView period, List<UpdateView> updates,
			LocalDate today) {
		return action.measures().stream().filter(MeasureView::numeric).map(measure -> {
			MeasureReading reading = ProgressRules.reading(action, measure, period, updates, today);
			return new Measure(action.number(), measure.text(), measure.unit(), number(reading.baseline()),
					number(measure.target()), month(measure.targetMonth()), number(reading.actual()),
					reading.trajectory().label());
		}).toList();
	}

	private static List<Trend> trend(PlanProgress at, int periods) {
		return at.matrix().stream().map(row -> new Trend(row.number(), row.cells()
			.subList(row.cells().size() - periods, row.cells().size())
			.stream()
			.map(cell -> cell.statusLabel() == null ? Status.NOT_REPORTED
					: new Status(cell.statusLabel(), cell.rag().tagColour()))
			.toList())).toList();
	}

	/**
	 * Spells out the partner organisations' codes used for leads and the abbreviations the report's text uses.
	 */
	private ReportContent withAbbreviations(ReportContent content, PlanView plan) {
		Map<String, String> found = new TreeMap<>();
		Map<String, OrganisationView> organisations = this.people.organisations(plan.localAreaId())
			.stream()
			.collect(Collectors.toMap(OrganisationView::code, Function.identity(), (a, b) -> a));
		content.areas()
			.stream()
			.flatMap(area -> area.actions().stream())
			.flatMap(action -> action.leads().stream())
			.map(Lead::organisationCode)
			.filter(organisations::containsKey)
			.forEach(code -> found.put(code, organisations.get(code).name()));
		String text = words(content);
		GLOSSARY.forEach((term, meaning) -> {
			if (Pattern.compile("\\b" + Pattern.quote(term) + "\\b").matcher(text).find()) {
				found.putIfAbsent(term, meaning);
			}
		});
		if (plan.kind() == PlanKind.WRITTEN_STATEMENT_OF_ACTION) {
			found.putIfAbsent("WSOA", "Written statement of action");
		}
		found.putIfAbsent("RAG", "Red, amber, green: the colours that go with each status word");
		return new ReportContent(content.paper(), content.plan(), content.period(), content.summary(),
				content.areas(), content.trend(), content.trendPeriods(), content.exceptions(), content.measures(),
				found.entrySet().stream().map(entry -> new Abbreviation(entry.getKey(), entry.getValue())).toList());
	}

	private static String words(ReportContent content) {
		StringBuilder text = new StringBuilder(content.plan().title()).append('\n');
		for (Area area : content.areas()) {
			text.append(area.title()).append('\n').append(area.weakness()).append('\n');
			for (Action action : area.actions()) {
				Stream.of(action.outcome(), action.action(), action.done(), action.nextSteps())
					.filter(Objects::nonNull)
					.forEach(part -> text.append(part).append('\n'));
			}
		}
		content.measures().forEach(measure -> text.append(measure.text()).append('\n'));
		return text.toString();
	}

	private static String number(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static String month(YearMonth month) {
		return month == null ? null : MONTH.format(month);
	}

	static String day(LocalDate date) {
		return date == null ? null : DAY.format(date);
	}

	private static Map<String, String> glossary() {
		Map<String, String> glossary = new LinkedHashMap<>();
		glossary.put("SEND", "Special educational needs and/or disabilities");
		glossary.put("EHC", "Education, health and care");
		glossary.put("EHCP", "Education, health and care plan");
		glossary.put("EHCNA", "Education, health and care needs assessment");
		glossary.put("SENCO", "Special educational needs co-ordinator");
		glossary.put("SENDIASS", "SEND information, advice and support service");
		glossary.put("CCG", "Clinical commissioning group");
		glossary.put("ICB", "Integrated care board");
		glossary.put("JSNA", "Joint strategic needs assessment");
		glossary.put("CQC", "Care Quality Commission");
		glossary.put("Ofsted", "Office for Standards in Education, Children's Services and Skills");
		glossary.put("DfE", "Department for Education");
		glossary.put("NHS", "National Health Service");
		glossary.put("CAMHS", "Child and adolescent mental health services");
		glossary.put("ASD", "Autism spectrum disorder");
		glossary.put("ADHD", "Attention deficit hyperactivity disorder");
		glossary.put("KPI", "Key performance indicator");
		glossary.put("PfA", "Preparing for adulthood");
		glossary.put("NEET", "Not in education, employment or training");
		glossary.put("DCO", "Designated clinical officer");
		glossary.put("DMO", "Designated medical officer");
		glossary.put("SEMH", "Social, emotional and mental health");
		glossary.put("PCF", "Parent carer forum");
		return glossary;
	}

}
