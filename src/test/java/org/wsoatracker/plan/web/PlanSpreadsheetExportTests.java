package org.wsoatracker.plan.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Downloading a plan's action table, on the demo York written statement of action.
 */
@IntegrationTest
class PlanSpreadsheetExportTests {

	static final String YORK = "York written statement of action";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	PeopleService people;

	@Test
	void yorkXlsxHoldsEveryActionAndSubActionInPlanOrder() throws Exception {
		MvcResult result = download("/plans/" + planId(YORK) + "/export.xlsx", Pages.BOARD);

		assertThat(result.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"york-written-statement-of-action.xlsx\"");
		List<List<String>> cells = PlanTableFiles.cellsOf(result.getResponse().getContentAsByteArray());
		assertThat(cells.get(0)).containsExactlyElementsOf(PlanTableFiles.HEADINGS);
		assertThat(column(cells, "Row type").subList(1, 4)).containsExactly("AREA", "ACTION", "MEASURE");
		assertThat(cells.stream().filter(row -> row.get(0).equals("ACTION")).map(row -> row.get(4)))
			.containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2");
		assertThat(cells.stream().filter(row -> row.get(0).equals("AREA")).map(row -> row.get(2)))
			.containsExactly("Leadership & Governance", "Joint Commissioning", "Co-Production",
					"EHC Assessment and Planning");
		List<String> action13 = rowOf(cells, "ACTION", "1.3");
		assertThat(action13.subList(8, 13)).containsExactly("2020-03", "2021-01", "", "J.S (CYC)", "");
		assertThat(cells.stream()
			.filter(row -> row.get(0).equals("SUB-ACTION"))
			.map(row -> row.get(4) + " (" + row.get(5) + ") " + row.get(8) + " to " + row.get(9) + " " + row.get(10)))
			.startsWith("1.3 (A) 2020-03 to 2020-10 Phase 1", "1.3 (B) 2020-09 to 2021-01 Phase 2")
			.contains("2.1 (A) 2020-06 to 2021-03 ", "2.1 (B) 2020-06 to 2020-09 ", "2.1 (C) 2020-06 to 2020-12 ",
					"3.1 (A) 2020-06 to 2020-09 ", "3.1 (B) 2020-06 to 2021-05 ");
		int subA = cells.indexOf(cells.stream().filter(r -> r.get(0).equals("SUB-ACTION")).findFirst().orElseThrow());
		assertThat(cells.get(subA - 1).get(4)).as("sub-actions follow their action").isEqualTo("1.3");
		assertThat(rowOf(cells, "ACTION", "1.2").get(12)).isEqualTo("CCG");
		assertThat(rowOf(cells, "ACTION", "1.1").get(11)).isEqualTo("M.S (CYC); K.McN (CCG)");
		assertThat(cells.stream()
			.filter(row -> row.get(0).equals("MEASURE") && row.get(4).equals("1.2") && !row.get(15).isEmpty())
			.map(row -> row.get(15) + row.get(16) + " by " + row.get(17))).containsExactly("90% by 2020-09");
	}

	@Test
	void xlsxHeaderIsBoldAndFrozenAndColumnsHaveWidths() throws Exception {
		byte[] xlsx = download("/plans/" + planId(YORK) + "/export.xlsx", Pages.ADMIN).getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			for (Cell cell : sheet.getRow(0)) {
				assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
			}
			assertThat(sheet.getColumnWidth(7)).as("Action").isGreaterThan(sheet.getColumnWidth(1) * 3);
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
				}
			}
		}
	}

	@Test
	void csvIsUtf8WithTheSameTable() throws Exception {
		MvcResult result = download("/plans/" + planId(YORK) + "/export.csv", Pages.LEAD);

		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"york-written-statement-of-action.csv\"");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFRow type,Area number,Area title,");
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
		assertThat(records.get(0).toList()).containsExactlyElementsOf(PlanTableFiles.HEADINGS);
		assertThat(records.stream().filter(r -> r.get(0).equals("ACTION")).map(r -> r.get(4))).containsExactly("1.1",
				"1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2");
		assertThat(records.stream().filter(r -> r.get(0).equals("SUB-ACTION")).map(r -> r.get(4) + r.get(5)))
			.containsExactly("1.3A", "1.3B", "2.1A", "2.1B", "2.1C", "3.1A", "3.1B");
		byte[] xlsx = download("/plans/" + planId(YORK) + "/export.xlsx", Pages.LEAD).getResponse()
			.getContentAsByteArray();
		assertThat(records.stream().map(CSVRecord::toList).toList())
			.isEqualTo(PlanTableFiles.cellsOf(xlsx));
	}

	@Test
	void narrativeThatLooksLikeAFormulaOrMarkupStaysText() throws Exception {
		long planId = planWithNarrative("=1+1", "<script>alert('x')</script>", "-5 days", "@SUM(A1)");

		byte[] xlsx = download("/plans/" + planId + "/export.xlsx", Pages.ADMIN).getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row action = workbook.getSheetAt(0).getRow(2);
			assertThat(action.getCell(6).getCellType()).isEqualTo(CellType.STRING);
			assertThat(action.getCell(6).getStringCellValue()).isEqualTo("'=1+1");
			assertThat(action.getCell(7).getStringCellValue()).isEqualTo("<script>alert('x')</script>");
			assertThat(action.getCell(18).getStringCellValue()).isEqualTo("'-5 days");
			Row measure = workbook.getSheetAt(0).getRow(3);
			assertThat(measure.getCell(13).getStringCellValue()).isEqualTo("'@SUM(A1)");
		}
		String csv = download("/plans/" + planId + "/export.csv", Pages.ADMIN).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(",'=1+1,<script>alert('x')</script>,").contains(",'-5 days,").contains(",'@SUM(A1),");
		assertThat(csv).doesNotContain(",=1+1");
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void everyoneWhoReadsPlansMayDownloadThem(String email) throws Exception {
		for (String format : List.of("xlsx", "csv")) {
			this.mvc.perform(get("/plans/" + planId(YORK) + "/export." + format).cookie(signIn(email)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void scrutinyMayNotDownloadPlans() throws Exception {
		for (String format : List.of("xlsx", "csv")) {
			this.mvc.perform(get("/plans/" + planId(YORK) + "/export." + format).cookie(signIn(Pages.SCRUTINY)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void unknownPlanOrFormatIsNotFound() throws Exception {
		Cookie admin = signIn(Pages.ADMIN);
		this.mvc.perform(get("/plans/999999/export.xlsx").cookie(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/plans/" + planId(YORK) + "/export.pdf").cookie(admin)).andExpect(status().isNotFound());
	}

	private long planWithNarrative(String outcome, String action, String evidence, String measure) {
		long inspectionId = this.plans.plan(planId(YORK)).inspection().id();
		PlanSummary created = this.plans.createPlan(new NewPlanCommand(inspectionId,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Narrative test " + System.nanoTime(),
						PlanStatus.DRAFT, "RAG_BLUE", null, null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Area", "Weakness", List.of(1),
						List.of(new ActionDetails("1.1", outcome, action, null, null, null, List.of(), List.of(),
								List.of(new MeasureDetails(measure, null, null, null, null)), evidence,
								List.<SubActionDetails>of()))))));
		return created.id();
	}

	private MvcResult download(String path, String email) throws Exception {
		return this.mvc.perform(get(path).cookie(signIn(email))).andExpect(status().isOk()).andReturn();
	}

	private Cookie signIn(String email) throws Exception {
		return Pages.signIn(this.mvc, email);
	}

	long planId(String title) {
		return this.plans.plans().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
	}

	private static List<String> column(List<List<String>> cells, String heading) {
		int index = PlanTableFiles.HEADINGS.indexOf(heading);
		return cells.stream().map(row -> index < row.size() ? row.get(index) : "").toList();
	}

	private static List<String> rowOf(List<List<String>> cells, String type, String actionNumber) {
		return cells.stream()
			.filter(row -> row.get(0).equals(type) && row.get(4).equals(actionNumber))
			.findFirst()
			.orElseThrow();
	}

}
