package org.wsoatracker.governance.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
		// York's own four weaknesses, in order (other tests may add weaknesses to the demo inspection, unjudged).
		List<Element> york = page.select("#judgements ~ :is(table, .app-table-scroll) tbody tr")
			.stream()
			.filter(row -> row.select("th > span:first-child").text().matches("Area of weakness [1-4]"))
			.toList();
		assertThat(york).extracting(row -> row.select("th > span:first-child").text())
			.containsExactly("Area of weakness 1", "Area of weakness 2", "Area of weakness 3", "Area of weakness 4");
		assertThat(york).extracting(row -> row.select(".govuk-tag").text())
			.containsOnly("Sufficient progress");
		assertThat(page.select("main").text()).contains("Co-production is now a strength in York");
		assertThat(new SignedInPages(this.mvc).page(Pages.BOARD, "/plans/" + planId).select("#trail ~ ol li").eachText())
			.contains("Revisit: Revisit, November 2022");
	}

}
