package org.wsoatracker.progress;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.AccountView;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.shared.demo.ConditionalOnDemoMode;
import org.wsoatracker.shared.demo.DemoDataRemoval;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: a plausible history of monthly reporting for the York plan at its five review points (May 2020 to
 * May 2021), marked as demo data. The first four periods are reviewed and closed; May 2021 is left open, with no
 * update yet for action 1.1, so its lead can update it now. None once an administrator has removed the demo data.
 */
@Component
@ConditionalOnDemoMode
@Order(20)
class DemoProgress implements ApplicationRunner {

	static final String YORK_PLAN = "York written statement of action";

	private static final Logger log = LoggerFactory.getLogger(DemoProgress.class);

	private final PlanService plans;

	private final ProgressService progress;

	private final AccountService accounts;

	private final ProgressUpdateRepository updates;

	private final TransactionTemplate transaction;

	private final DemoDataRemoval removal;

	DemoProgress(PlanService plans, ProgressService progress, AccountService accounts,
			ProgressUpdateRepository updates, TransactionTemplate transaction, DemoDataRemoval removal) {
		this.plans = plans;
		this.progress = progress;
		this.accounts = accounts;
		this.updates = updates;
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
			.filter(planId -> this.progress.periods(planId).isEmpty())
			.ifPresent(planId -> this.transaction.executeWithoutResult(status -> load(planId)));
	}

	private void load(long planId) {
		PlanView plan = this.plans.plan(planId);
		AccountView admin = this.accounts.findByEmail("admin@example.org").orElseThrow();
		Actor office = new Actor(admin.id(), "Programme office (demo data)", true);
		AccountView chair = this.accounts.findByEmail("chair@example.org").orElseThrow();
		Actor board = new Actor(chair.id(), chair.displayName(), false);
		List<YearMonth> reviewPoints = plan.reviewPoints();
		for (int i = 0; i < reviewPoints.size(); i++) {
			YearMonth month = reviewPoints.get(i);
			boolean last = i == reviewPoints.size() - 1;
			PeriodView period = this.progress.openPeriod(planId, month, month.atEndOfMonth(), true);
			for (ActionView action : plan.actions().toList()) {
				if (last && action.number().equals("1.1")) {
					continue; // left for the lead to update now
				}
				String status = status(action, month, i);
				boolean complete = status.equals("COMPLETED") || status.equals("EMBEDDED");
				List<NewEvidence> evidence = complete ? List.of(NewEvidence.link("Improvement Board minutes, "
						+ PeriodView.label(month) + " (demo)", "https://www.york.gov.uk/send")) : List.of();
				UpdateView update = this.progress.write(action.id(), new UpdateCommand(status, null,
						"Demo data: progress reported to the SEND Improvement Board for " + PeriodView.label(month)
								+ " on \"" + shorten(action.outcome()) + "\".",
						complete ? "Keep the change embedded and show its impact." : "Continue as planned; report again next month.",
						actuals(action, i)), evidence, office, null, !last || action.number().endsWith(".2"));
				this.updates.findById(update.id()).ifPresent(ProgressUpdate::markDemo);
				if (!last && update.submitted()) {
					boolean challenge = i == 1 && action.number().equals("2.1");
					this.progress.review(update.id(), !challenge,
							challenge ? "Demo data: the board asked for evidence of the benchmarking exercise." : null,
							board);
				}
			}
			if (!last) {
				this.progress.closePeriod(period.id(), this.progress.period(period.id()).version());
			}
		}
		log.info("Demo mode: loaded the progress history of {}", YORK_PLAN);
	}

	/**
	 * A plausible status on York's six-step scale for the action at the review point.
	 */
	private static String status(ActionView action, YearMonth month, int index) {
		YearMonth start = action.start() == null ? null : YearMonth.from(action.start().date());
		YearMonth end = action.end() == null ? null : YearMonth.from(action.end().date());
		if (start != null && month.isBefore(start)) {
			return "NOT_YET_STARTED";
		}
		if (end != null && month.isAfter(end.plusMonths(3))) {
			return "EMBEDDED";
		}
		if (end != null && !month.isBefore(end)) {
			return Map.of("2.1", "PROGRESSING_BUT_DELAYED", "3.2", "STARTED_BUT_DELAYED")
				.getOrDefault(action.number(), "COMPLETED");
		}
		return (action.number().endsWith(".2") && index > 1) ? "PROGRESSING_BUT_DELAYED" : "PROGRESSING_AND_ON_TRACK";
	}

	private static Map<Long, java.math.BigDecimal> actuals(ActionView action, int index) {
		java.util.Map<Long, java.math.BigDecimal> values = new java.util.HashMap<>();
		action.measures().stream().filter(m -> m.target() != null).forEach(measure -> values.put(measure.id(),
				measure.target().multiply(java.math.BigDecimal.valueOf(40 + 12L * index))
					.divide(java.math.BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)));
		return values;
	}

	private static String shorten(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

}
