package org.wsoatracker.plan.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import template people fill in: its instructions, worked examples, notes and drop-down lists, and that the
 * examples import as they are.
 */
@IntegrationTest
class PlanImportTemplateTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	Cookie admin;

	PlanView york;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = Pages.signIn(this.mvc, Pages.ADMIN);
		long id = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id();
		this.york = this.plans.plan(id);
	}

	@Test
	void theWorkbookHasInstructionsExamplesNotesAndListsOfRowTypes() throws Exception {
		try (XSSFWorkbook workbook = workbook("/plans/import/template.xlsx")) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
				.containsExactly("Plan", "Instructions", "Lists");
			XSSFSheet plan = workbook.getSheetAt(0);
			assertThat(plan.getPhysicalNumberOfRows()).isEqualTo(3);
			assertThat(plan.getRow(1).getCell(0).getStringCellValue()).isEqualTo("AREA");
			assertThat(plan.getRow(2).getCell(0).getStringCellValue()).isEqualTo("ACTION");
			for (int c = 0; c < PlanTableFiles.HEADINGS.size(); c++) {
				assertThat(plan.getRow(0).getCell(c).getCellComment()).as(PlanTableFiles.HEADINGS.get(c)).isNotNull();
			}
			assertThat(plan.getRow(0).getCell(8).getCellComment().getString().getString()).contains("Sept 2020");
			assertThat(lists(plan)).contains("A: AREA, ACTION, SUB-ACTION, MEASURE", "Q: %, days, weeks, count, £");
			assertThat(text(workbook.getSheet("Instructions"))).contains("How to fill in the plan table")
				.contains("Rows 2 and 3 are worked examples");
		}
	}

	@Test
	void fromAPlanTheListsOfferItsLocalAreasPeopleAndOrganisations() throws Exception {
		try (XSSFWorkbook workbook = workbook("/plans/" + this.york.id() + "/import/template.xlsx")) {
			Sheet lists = workbook.getSheet("Lists");
			List<String> people = new ArrayList<>();
			List<String> organisations = new ArrayList<>();
			for (Row row : lists) {
				if (row.getRowNum() > 0) {
					if (row.getCell(0) != null) {
						people.add(row.getCell(0).getStringCellValue());
					}
					if (row.getCell(1) != null) {
						organisations.add(row.getCell(1).getStringCellValue());
					}
				}
			}
			assertThat(people).contains("M.S (CYC)", "K.McN (CCG)");
			assertThat(organisations).contains("CYC", "CCG");
			assertThat(lists(workbook.getSheetAt(0))).contains("L: Lists!$A$2:$A$" + (people.size() + 1),
					"M: Lists!$B$2:$B$" + (organisations.size() + 1));
		}
	}

	@Test
	void theCsvTemplateHasTheExampleRows() throws Exception {
		String csv = this.mvc.perform(get("/plans/import/template.csv").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(csv.lines().map(line -> line.split(",")[0].replace("\uFEFF", "")))
			.containsExactly("Row type", "AREA", "ACTION");
	}

	@Test
	void theTemplatesExamplesImportAsTheyAre() throws Exception {
		for (String template : List.of("/plans/import/template.xlsx", "/plans/import/template.csv",
				"/plans/" + this.york.id() + "/import/template.xlsx")) {
			byte[] file = this.mvc.perform(get(template).cookie(this.admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();

			MvcResult result = this.mvc
				.perform(multipart("/plans/import").file(new MockMultipartFile("file", "template", null, file))
					.param("inspectionId", String.valueOf(this.york.inspection().id()))
					.param("title", "From the template " + template)
					.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
					.param("scaleCode", "YORK_SIX_STEP")
					.with(csrf())
					.cookie(this.admin))
				.andExpect(status().is3xxRedirection())
				.andReturn();

			PlanView plan = this.plans
				.plan(Long.parseLong(result.getResponse().getRedirectedUrl().replace("/plans/", "")));
			assertThat(plan.areas()).extracting(a -> a.number() + " " + a.title())
				.containsExactly("1 Leadership and governance");
			ActionView action = plan.actions().findFirst().orElseThrow();
			assertThat(action.number()).isEqualTo("1.1");
			assertThat(action.start()).isEqualTo(PlanDate.parse("2020-09"));
			assertThat(action.end()).isEqualTo(PlanDate.parse("2021-03"));
			boolean fromPlan = template.startsWith("/plans/" + this.york.id());
			assertThat(action.leads()).as(template).hasSize(fromPlan ? 1 : 0);
			assertThat(action.leadOrganisations()).as(template).hasSize(fromPlan ? 1 : 0);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsGetAPlansTemplate(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		this.mvc.perform(get("/plans/" + this.york.id() + "/import/template.xlsx").cookie(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/" + this.york.id() + "/import/template.csv").cookie(session))
			.andExpect(status().isForbidden());
	}

	private XSSFWorkbook workbook(String path) throws Exception {
		byte[] file = this.mvc.perform(get(path).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(file));
	}

	/**
	 * Each drop-down list of the sheet as "column letter: its choices or its range".
	 */
	private static List<String> lists(XSSFSheet sheet) {
		List<String> lists = new ArrayList<>();
		for (DataValidation validation : sheet.getDataValidations()) {
			DataValidationConstraint constraint = validation.getValidationConstraint();
			String column = String.valueOf((char) ('A' + validation.getRegions().getCellRangeAddress(0).getFirstColumn()));
			lists.add(column + ": " + (constraint.getExplicitListValues() != null
					? String.join(", ", constraint.getExplicitListValues()) : constraint.getFormula1()));
		}
		return lists;
	}

	private static String text(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
		return text.toString();
	}

}
