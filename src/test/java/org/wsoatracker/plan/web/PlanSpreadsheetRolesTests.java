package org.wsoatracker.plan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may use the template, the import form and the import itself (administrators only), and that a refused
 * import creates nothing. Export's roles are in {@link PlanSpreadsheetExportTests}.
 */
@IntegrationTest
class PlanSpreadsheetRolesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	long yorkInspectionId;

	@BeforeEach
	void findYork() {
		long id = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id();
		this.yorkInspectionId = this.plans.plan(id).inspection().id();
	}

	@Test
	void administratorDownloadsTheEmptyTemplateInEitherForm() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);

		MvcResult xlsx = this.mvc.perform(get("/plans/import/template.xlsx").cookie(admin))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"plan-import-template.xlsx\"");
		List<List<String>> cells = PlanTableFiles.cellsOf(xlsx.getResponse().getContentAsByteArray());
		assertThat(cells.get(0)).isEqualTo(PlanTableFiles.HEADINGS);
		assertThat(cells).extracting(row -> row.get(0)).containsExactly("Row type", "AREA", "ACTION");

		MvcResult csv = this.mvc.perform(get("/plans/import/template.csv").cookie(admin))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(csv.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"plan-import-template.csv\"");
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("\uFEFF" + String.join(",", PlanTableFiles.HEADINGS) + "\r\nAREA,1,");
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsGetTheTemplateAndTheImportForm(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);

		for (String path : List.of("/plans/import/template.xlsx", "/plans/import/template.csv", "/plans/import")) {
			this.mvc.perform(get(path).cookie(session)).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/plans/import").cookie(Pages.signIn(this.mvc, Pages.ADMIN))).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsImportAndARefusedImportCreatesNothing(String email) throws Exception {
		int before = planCount();

		this.mvc.perform(validImport("Not allowed").with(csrf()).cookie(Pages.signIn(this.mvc, email)))
			.andExpect(status().isForbidden());

		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void importWithoutTheFormsTokenIsRefusedAndCreatesNothing() throws Exception {
		int before = planCount();

		this.mvc.perform(validImport("No token").cookie(Pages.signIn(this.mvc, Pages.ADMIN)))
			.andExpect(status().isForbidden());
		this.mvc.perform(validImport("Bad token").with(csrf().useInvalidToken()).cookie(Pages.signIn(this.mvc, Pages.ADMIN)))
			.andExpect(status().isForbidden());

		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void theSameImportWithTokenAndAdministratorIsAccepted() throws Exception {
		int before = planCount();

		this.mvc.perform(validImport("Allowed").with(csrf()).cookie(Pages.signIn(this.mvc, Pages.ADMIN)))
			.andExpect(status().is3xxRedirection());

		assertThat(planCount()).isEqualTo(before + 1);
	}

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/plans/import")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/plans/1/export.csv")).andExpect(redirectedUrl("/login"));
	}

	private MockMultipartHttpServletRequestBuilder validImport(String title) {
		return multipart("/plans/import")
			.file(new MockMultipartFile("file", "plan.csv", "text/csv",
					PlanTableFiles.csv(PlanTableFiles.smallYorkPlan())))
			.param("inspectionId", String.valueOf(this.yorkInspectionId))
			.param("title", title)
			.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
			.param("scaleCode", "YORK_SIX_STEP");
	}

	private int planCount() {
		return this.jdbc.queryForObject("select count(*) from plan", Integer.class);
	}

}
