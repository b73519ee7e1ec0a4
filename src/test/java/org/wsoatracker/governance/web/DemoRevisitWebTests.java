package org.wsoatracker.governance.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo mode holds York's revisit of November 2022: sufficient progress in all four areas of weakness.
 */
@IntegrationTest
class DemoRevisitWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void yorksRevisitJudgedSufficientProgressInAllFourAreas() throws Exception {
		long planId = this.jdbc.queryForObject("select id from plan where title = 'York written statement of action'",
				Long.class);
		long revisitId = this.jdbc.queryForObject("select id from revisit where plan_id = ?", Long.class, planId);

		Document page = new SignedInPages(this.mvc).page(Pages.BOARD, "/plans/" + planId + "/revisits/" + revisitId);

		assertThat(page.select("h1").text()).isEqualTo("Revisit, November 2022");
		assertThat(page.select("#judgements ~ table tbody th > span:first-child").eachText()).containsExactly(
				"Area of weakness 1", "Area of weakness 2", "Area of weakness 3", "Area of weakness 4");
		assertThat(page.select("#judgements ~ table tbody .govuk-tag").eachText()).containsExactly(
				"Sufficient progress", "Sufficient progress", "Sufficient progress", "Sufficient progress");
		assertThat(page.select("main").text()).contains("Co-production is now a strength in York",
				"The inspectors judged every area of weakness to have made sufficient progress");
		assertThat(new SignedInPages(this.mvc).page(Pages.BOARD, "/plans/" + planId).select("#trail ~ ol li").eachText())
			.contains("Revisit: Revisit, November 2022");
	}

}
