package org.wsoatracker.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.shared.demo.ConditionalOnDemoMode;
import org.wsoatracker.shared.demo.DemoDataRemoval;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: York's revisit of November 2022, where the inspectors judged sufficient progress in all four areas of
 * weakness, in the words of the council's report to its scrutiny committee of 20 February 2023 (the seed document
 * york-2023-revisit-scrutiny-report.txt). The document gives the month only: the days are made up for the demo. Loaded
 * once, after York's plan; none once an administrator has removed the demo data.
 */
@Component
@ConditionalOnDemoMode
@Order(40)
class DemoRevisits implements ApplicationRunner {

	static final String YORK_PLAN = "York written statement of action";

	private static final Logger log = LoggerFactory.getLogger(DemoRevisits.class);

	private static final String SUMMARY = "The revisit assessed the impact of the actions taken since the 2019 "
			+ "inspection. It was not a full re-inspection and focused on the evidence of the impact of actions taken "
			+ "to improve on the four areas of weakness. Inspectors judged that sufficient progress had been made in "
			+ "all four areas of weakness. (Demo data: the report gives the month of the revisit, November 2022; "
			+ "its days here are made up.)";

	private static final Map<Integer, String> WORDS = Map.of(1,
			"There had been improvements in the governance of special educational needs and/or disabilities (SEND) in "
					+ "the local area, including the improvements made by health partners since 2019, with investment "
					+ "in additional capacity to drive SEND improvement at a strategic level. The SEND Strategy has been "
					+ "increasingly well informed by the integrated data dashboard.",
			2,
			"The local area SEND partnership has developed a co-produced outcomes framework which underpins the Joint "
					+ "Commissioning Strategy, used to commission Early Talk for York and the All About Autism "
					+ "provision. It now has an effective framework to support joint commissioning across the local "
					+ "authority and health.",
			3,
			"Co-production is now a strength in York. While there is still work to do, co-production is now core to "
					+ "the values and practice standards across the local area SEND partnership.",
			4,
			"The quality of Education, Health and Care plans (EHCPs) has improved since 2019: their processes and "
					+ "format were reviewed and re-designed through co-production, with the voice of the child central "
					+ "to the plans. There is more work to do to improve their consistency and quality.");

	private final PlanService plans;

	private final RevisitService revisits;

	private final TransactionTemplate transaction;

	private final DemoDataRemoval removal;

	DemoRevisits(PlanService plans, RevisitService revisits, TransactionTemplate transaction,
			DemoDataRemoval removal) {
		this.plans = plans;
		this.revisits = revisits;
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
			.filter(plan -> plan.title().equals(YORK_PLAN) && plan.kind() == PlanKind.WRITTEN_STATEMENT_OF_ACTION)
			.findFirst()
			.map(PlanSummary::id)
			.filter(planId -> this.revisits.revisitsOf(planId).isEmpty())
			.ifPresent(this::load);
	}

	private void load(long planId) {
		this.transaction.executeWithoutResult(status -> {
			RevisitView revisit = this.revisits.record(planId, new RevisitDetails(RevisitKind.REVISIT,
					LocalDate.of(2022, 11, 14), LocalDate.of(2022, 11, 16), null, SUMMARY));
			long version = revisit.version();
			List<WeaknessView> weaknesses = revisit.weaknesses().stream().map(RevisitView.WeaknessJudgement::weakness)
				.toList();
			for (WeaknessView weakness : weaknesses) {
				String words = WORDS.get(weakness.number());
				if (words != null) {
					version = this.revisits.judge(planId, revisit.id(), weakness.id(), version,
							Judgement.SUFFICIENT_PROGRESS, words).version();
				}
			}
		});
		log.info("Demo mode: loaded York's revisit of November 2022");
	}

}
