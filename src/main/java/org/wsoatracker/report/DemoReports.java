package org.wsoatracker.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.AccountView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.shared.demo.ConditionalOnDemoMode;
import org.wsoatracker.shared.demo.DemoDataRemoval;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the York plan's report published for each of its five review points, as the scrutiny committee would
 * have received them. None once an administrator has removed the demo data.
 */
@Component
@ConditionalOnDemoMode
@Order(30)
class DemoReports implements ApplicationRunner {

	static final String YORK_PLAN = "York written statement of action";

	static final PublishCommand YORK_PAPER = new PublishCommand(
			"Children, Education and Communities Policy and Scrutiny Committee",
			"Assistant Director – Education and Skills", null);

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final PlanService plans;

	private final ProgressService progress;

	private final ReportService reports;

	private final AccountService accounts;

	private final DemoDataRemoval removal;

	DemoReports(PlanService plans, ProgressService progress, ReportService reports, AccountService accounts,
			DemoDataRemoval removal) {
		this.plans = plans;
		this.progress = progress;
		this.reports = reports;
		this.accounts = accounts;
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
			.filter(planId -> this.reports.reportsOf(planId).isEmpty())
			.ifPresent(this::publish);
	}

	private void publish(long planId) {
		AccountView admin = this.accounts.findByEmail("admin@example.org").orElseThrow();
		int published = 0;
		for (PeriodView period : this.progress.periods(planId)) {
			if (period.reviewPoint()) {
				this.reports.publish(period.id(), YORK_PAPER, admin.id(), "Programme office (demo data)");
				published++;
			}
		}
		log.info("Demo data: published {} reports of the York plan", published);
	}

}
