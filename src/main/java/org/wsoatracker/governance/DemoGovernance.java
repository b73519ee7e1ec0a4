package org.wsoatracker.governance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.shared.demo.ConditionalOnDemoMode;
import org.wsoatracker.shared.demo.DemoDataRemoval;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: a few Improvement Board meetings on the York plan (reviewing the August 2020, November 2020 and February
 * 2021 periods, with their actions arising, one still open) and a short risk register, one risk above the threshold.
 * After the progress history (which makes the periods); none once an administrator has removed the demo data.
 */
@Component
@ConditionalOnDemoMode
@Order(25)
class DemoGovernance implements ApplicationRunner {

	static final String YORK_PLAN = "York written statement of action";

	private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

	private final PlanService plans;

	private final PeopleService people;

	private final RiskService risks;

	private final BoardMeetingService meetings;

	private final TransactionTemplate transaction;

	private final DemoDataRemoval removal;

	DemoGovernance(PlanService plans, PeopleService people, RiskService risks, BoardMeetingService meetings,
			TransactionTemplate transaction, DemoDataRemoval removal) {
		this.plans = plans;
		this.people = people;
		this.risks = risks;
		this.meetings = meetings;
		this.transaction = transaction;
		this.removal = removal;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.removal.done()) {
			return;
		}
		this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals(YORK_PLAN))
			.findFirst()
			.map(PlanSummary::id)
			.filter(planId -> this.risks.risks(planId).isEmpty() && this.meetings.meetings(planId).isEmpty())
			.ifPresent(planId -> this.transaction.executeWithoutResult(status -> load(planId)));
	}

	private void load(long planId) {
		PlanView plan = this.plans.plan(planId);
		Map<String, Long> byInitials = this.people.people(plan.localAreaId())
			.stream()
			.collect(Collectors.toMap(PersonView::initials, PersonView::id, (a, b) -> a));
		Function<String, Long> person = initials -> Optional.ofNullable(byInitials.get(initials))
			.orElseGet(() -> byInitials.values().iterator().next());
		Map<YearMonth, Long> periods = this.meetings.periods(planId)
			.stream()
			.collect(Collectors.toMap(PeriodView::month, PeriodView::id));
		Set<Long> board = new LinkedHashSet<>(List.of(person.apply("M.S"), person.apply("K.McN")));
		byInitials.values().stream().limit(4).forEach(board::add);

		BoardMeetingView august = meeting(planId, LocalDate.of(2020, 9, 15), board, periods.get(YearMonth.of(2020, 8)),
				"Demo data: the board reviewed the August 2020 updates; progress on joint commissioning is slower "
						+ "than planned.",
				"Agreed the joint commissioning action plan; asked for a benchmarking exercise.");
		this.meetings.addAction(planId, august.id(), new ActionArisingDetails(
				"Bring the benchmarking exercise for joint commissioning to the next meeting", person.apply("K.McN"),
				LocalDate.of(2020, 12, 1), true, "Presented to the board on 8 December 2020."));
		BoardMeetingView november = meeting(planId, LocalDate.of(2020, 12, 8), board,
				periods.get(YearMonth.of(2020, 11)),
				"Demo data: the board reviewed the November 2020 updates and the benchmarking exercise.",
				"Accepted the benchmarking exercise; EHC plan timeliness added to the risk register.");
		this.meetings.addAction(planId, november.id(), new ActionArisingDetails(
				"Write to the parent carer forum about the co-production charter", person.apply("M.S"),
				LocalDate.of(2021, 1, 31), true, "Letter sent; the forum signed the charter in February."));
		BoardMeetingView february = meeting(planId, LocalDate.of(2021, 3, 9), board,
				periods.get(YearMonth.of(2021, 2)),
				"Demo data: the board reviewed the February 2021 updates; EHC assessments remain behind the 20-week "
						+ "target.",
				"Asked for a recovery plan for EHC needs assessments.");
		this.meetings.addAction(planId, february.id(), new ActionArisingDetails(
				"Present a recovery plan for EHC needs assessments within 20 weeks", person.apply("M.S"),
				LocalDate.of(2021, 6, 30), false, null));

		risk(planId, "EHC needs assessments are not completed within 20 weeks",
				"More requests than the casework team can assess", "Families wait; the revisit finds too little progress",
				person.apply("M.S"), "Recovery plan; temporary caseworkers; weekly tracking", 4, 5, 8,
				LocalDate.of(2021, 6, 30));
		risk(planId, "Health partners cannot release staff for joint commissioning",
				"Pressures on the clinical commissioning group (CCG) after the pandemic",
				"Joint commissioning actions slip", person.apply("K.McN"), "Named lead; monthly joint meeting", 3, 4, 6,
				LocalDate.of(2021, 7, 31));
		risk(planId, "Parents lose trust in co-production", "Slow visible change",
				"The parent carer forum steps back", person.apply("M.S"),
				"Co-production charter; you said, we did updates", 2, 4, 4, LocalDate.of(2021, 9, 30));
		log.info("Demo mode: loaded board meetings and risks of {}", YORK_PLAN);
	}

	private BoardMeetingView meeting(long planId, LocalDate date, Set<Long> attendees, Long periodId, String minutes,
			String decisions) {
		return this.meetings.addMeeting(planId, new BoardMeetingDetails(date, attendees, periodId, minutes, decisions));
	}

	private void risk(long planId, String title, String cause, String consequence, long owner, String mitigations,
			int likelihood, int impact, int target, LocalDate review) {
		this.risks.addRisk(planId, new RiskDetails(title, cause, consequence, owner, mitigations, likelihood, impact,
				target, review, RiskStatus.OPEN));
	}

}
