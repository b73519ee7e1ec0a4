package org.wsoatracker.plan.web;

import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guide to the plan table is docs/import-template.md, shown in the service from that one source, and linked from
 * the import pages.
 */
@IntegrationTest
class PlanImportGuideTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Test
	void theGuideIsTheDocumentShownAsAPage() throws Exception {
		String markdown = Files.readString(Path.of("docs/import-template.md"));
		String heading = markdown.lines().filter(line -> line.startsWith("# ")).findFirst().orElseThrow().substring(2);
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);

		Document page = Pages.html(this.mvc.perform(get("/plans/import/guide").cookie(admin))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.title()).startsWith(heading);
		assertThat(page.select("h2.govuk-heading-m").eachText()).contains("Columns", "Import",
				"Import into an existing plan");
		assertThat(page.select("table.govuk-table th.govuk-table__header").eachText()).contains("Column", "Heading",
				"Used on");
		assertThat(page.select(".app-guide").text()).contains("Sept 2020");
		assertThat(page.select(".app-guide script, .app-guide iframe")).isEmpty();

		long york = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id();
		for (String path : new String[] { "/plans/import", "/plans/" + york + "/import" }) {
			Document importPage = Pages.html(this.mvc.perform(get(path).cookie(admin)).andExpect(status().isOk()).andReturn());
			assertThat(importPage.select("a[href=/plans/import/guide]").text()).as(path)
				.isEqualTo("How to fill in the plan table (guide)");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsReadTheGuideLikeTheImportItDescribes(String email) throws Exception {
		this.mvc.perform(get("/plans/import/guide").cookie(Pages.signIn(this.mvc, email)))
			.andExpect(status().isForbidden());
	}

}
