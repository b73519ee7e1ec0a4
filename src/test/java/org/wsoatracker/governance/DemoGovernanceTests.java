package org.wsoatracker.governance;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode gives the York plan a few board meetings, each reviewing a period, with their actions arising (one still
 * open) and a short risk register with one risk above the threshold, all of which the chair sees.
 */
@IntegrationTest
class DemoGovernanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	RiskService risks;

	@Autowired
	BoardMeetingService meetings;

	@Test
	void theYorkPlanHasBoardMeetingsAndRisks() throws Exception {
		long york = this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals(DemoGovernance.YORK_PLAN))
			.map(PlanSummary::id)
			.findFirst()
			.orElseThrow();

		assertThat(this.meetings.meetings(york)).hasSize(3)
			.allSatisfy(meeting -> assertThat(meeting.periodId()).isNotNull())
			.allSatisfy(meeting -> assertThat(meeting.attendees()).isNotEmpty());
		assertThat(this.meetings.outstanding(york)).extracting(ActionArisingView::description)
			.containsExactly("Present a recovery plan for EHC needs assessments within 20 weeks");
		assertThat(this.risks.risks(york)).hasSize(3);
		assertThat(this.risks.summary(york).aboveThreshold()).extracting(RiskView::score).containsExactly(20);

		Document dashboard = new SignedInPages(this.mvc).page(Pages.BOARD, "/plans/" + york + "/dashboard");
		assertThat(dashboard.select("#risks-above-threshold tbody th").text())
			.isEqualTo("EHC needs assessments are not completed within 20 weeks");
		assertThat(dashboard.select("#outstanding-actions-arising tbody td").first().text())
			.isEqualTo("Present a recovery plan for EHC needs assessments within 20 weeks");
	}

}
