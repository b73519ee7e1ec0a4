package org.wsoatracker.plan.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.MeasureView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionView;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wsoatracker.plan.web.PlanTableFiles.csv;
import static org.wsoatracker.plan.web.PlanTableFiles.row;
import static org.wsoatracker.plan.web.PlanTableFiles.smallYorkPlan;
import static org.wsoatracker.plan.web.PlanTableFiles.table;
import static org.wsoatracker.plan.web.PlanTableFiles.xlsx;

/**
 * Creating a plan from a spreadsheet: what a good file makes, and every problem a bad file can have, each shown with
 * its row and column while nothing is created. Files are real XLSX and CSV, checked against York's demo people.
 */
@IntegrationTest
class PlanImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	Cookie admin;

	long yorkInspectionId;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = Pages.signIn(this.mvc, Pages.ADMIN);
		long yorkPlanId = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id();
		this.yorkInspectionId = this.plans.plan(yorkPlanId).inspection().id();
	}

	// A good file

	@Test
	void csvCreatesADraftPlanAndGoesToIt() throws Exception {
		int before = planCount();

		MvcResult result = upload(csv(smallYorkPlan()), "york.csv", "York plan from CSV").andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(planCount()).isEqualTo(before + 1);
		PlanView plan = createdPlan(result);
		assertThat(plan.title()).isEqualTo("York plan from CSV");
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.kind()).isEqualTo(PlanKind.WRITTEN_STATEMENT_OF_ACTION);
		assertThat(plan.scale().code()).isEqualTo("YORK_SIX_STEP");
		assertThat(plan.inspection().id()).isEqualTo(this.yorkInspectionId);
		assertSmallYorkPlan(plan);
	}

	@Test
	void xlsxWithRealDateAndNumberCellsCreatesThePlan() throws Exception {
		byte[] file;
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("My plan");
			List<List<String>> rows = smallYorkPlan();
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			CreationHelper helper = workbook.getCreationHelper();
			CellStyle month = workbook.createCellStyle();
			month.setDataFormat(helper.createDataFormat().getFormat("mmm-yy"));
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
			sheet.getRow(1).createCell(1).setCellValue(1); // area number as a number
			sheet.getRow(2).createCell(8).setCellValue(LocalDate.of(2020, 2, 1)); // action start: a month
			sheet.getRow(2).getCell(8).setCellStyle(month);
			sheet.getRow(3).createCell(8).setCellValue(LocalDate.of(2020, 2, 18)); // sub-action start: a day
			sheet.getRow(3).getCell(8).setCellStyle(day);
			sheet.getRow(4).createCell(14).setCellValue(40.0); // baseline as a number
			workbook.write(out);
			file = out.toByteArray();
		}

		MvcResult result = upload(file, "york.xlsx", "York plan from XLSX").andReturn();

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertSmallYorkPlan(createdPlan(result));
	}

	@Test
	void theKindOfFileIsDecidedByWhatItHoldsNotItsName() throws Exception {
		assertThat(upload(csv(smallYorkPlan()), "actually-csv.xlsx", "CSV named XLSX").andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(upload(xlsx(smallYorkPlan()), "actually-xlsx.csv", "XLSX named CSV").andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(upload(xlsx(smallYorkPlan()), "no-extension", "XLSX with no extension").andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	@Test
	void blankRowsAndCaseOfRowTypesAndHeadingsDoNotMatter() throws Exception {
		List<List<String>> rows = new ArrayList<>(smallYorkPlan());
		rows.set(0, rows.get(0).stream().map(String::toUpperCase).toList());
		rows.add(2, PlanTableFiles.HEADINGS.stream().map(h -> "").toList());
		List<String> action = new ArrayList<>(rows.get(3));
		action.set(0, "action");
		rows.set(3, action);

		assertThat(upload(csv(rows), "plan.csv", "Blank rows").andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	// Problems with the file as a whole: shown on the file field

	@Test
	void emptyFile() throws Exception {
		assertFileError(new byte[0], "empty.xlsx", "The selected file is empty");
	}

	@Test
	void headerAndNoRows() throws Exception {
		assertFileError(csv(table(List.of())), "header.csv",
				"The selected file has no rows under the header row: add the plan's areas, actions, sub-actions and measures");
		assertFileError(xlsx(table(List.of())), "header.xlsx",
				"The selected file has no rows under the header row: add the plan's areas, actions, sub-actions and measures");
	}

	@Test
	void tenMegabytesOfRandomBytesIsRefusedForItsSizeWithoutBeingRead() throws Exception {
		byte[] random = new byte[10 * 1024 * 1024];
		new Random(1).nextBytes(random);

		assertFileError(random, "big.xlsx", "The selected file must be smaller than 5 MB");
	}

	@Test
	void randomBytesOrAPictureNamedXlsxIsRefused() throws Exception {
		byte[] random = new byte[20_000];
		new Random(2).nextBytes(random);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
				0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

		assertFileError(random, "plan.xlsx", "The selected file must be an XLSX or CSV file");
		assertFileError(png, "plan.xlsx", "The selected file must be an XLSX or CSV file");
		assertFileError(png, "plan.csv", "The selected file must be an XLSX or CSV file");
	}

	@Test
	void aZipThatIsNotAWorkbookIsRefused() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("Not a workbook".getBytes(StandardCharsets.UTF_8));
		}

		assertFileError(out.toByteArray(), "plan.xlsx", "The selected file must be an XLSX or CSV file");
	}

	@Test
	void noFileChosen() throws Exception {
		Document page = Pages.html(this.mvc
			.perform(multipart("/plans/import").param("inspectionId", String.valueOf(this.yorkInspectionId))
				.param("title", "No file")
				.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
				.param("scaleCode", "YORK_SIX_STEP")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Select a spreadsheet file");
	}

	@Test
	void otherFieldsAreCheckedBeforeTheFileIsRead() throws Exception {
		int before = planCount();
		Document page = Pages.html(this.mvc
			.perform(multipart("/plans/import").file(new MockMultipartFile("file", "plan.csv", "text/csv",
					csv(smallYorkPlan())))
				.param("title", " ")
				.param("kind", "NOT_A_KIND")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.title()).isEqualTo("Error: Import a plan from a spreadsheet – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#inspectionId", "#title",
				"#kind", "#scaleCode");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(
				"Select the inspection the plan answers", "Enter the plan title", "Select the kind of plan",
				"Select a progress scale");
		assertThat(planCount()).isEqualTo(before);
	}

	// Problems in the rows: each listed with its row and column

	@Test
	void wrongOrMissingColumns() throws Exception {
		List<String> header = new ArrayList<>(PlanTableFiles.HEADINGS);
		header.set(2, "Title");
		header.set(19, "");
		header.add("Notes");

		assertProblems(csv(List.of(header, row("Row type", "AREA"))),
				List.of("1", "Area title", "Column C must be headed “Area title”, as in the template, not “Title”"),
				List.of("1", "Area weakness", "Column T must be headed “Area weakness”, as in the template"),
				List.of("1", "Column U", "Remove this column: the template has no column headed “Notes”"));
	}

	@Test
	void aFileWithSomeOtherHeaderEntirely() throws Exception {
		Document page = problemsPage(csv(List.of(List.of("Action", "Owner", "Due"), List.of("Do it", "Me", "May"))),
				"other.csv");

		assertThat(problems(page)).hasSize(20);
		assertThat(problems(page).get(0)).containsExactly("1", "Row type",
				"Column A must be headed “Row type”, as in the template, not “Action”");
	}

	@Test
	void unknownRowType() throws Exception {
		assertProblems(csv(table(List.of(area(1), row("Row type", "TASK", "Action number", "1.1"),
				row("Action number", "1.2")))),
				List.of("3", "Row type", "Row type must be AREA, ACTION, SUB-ACTION or MEASURE"),
				List.of("4", "Row type", "Enter the row type: AREA, ACTION, SUB-ACTION or MEASURE"));
	}

	@Test
	void badDates() throws Exception {
		assertProblems(csv(table(List.of(area(1),
				action(1, "1.1", "Start", "2020-13", "End", "31/02/2020"),
				row("Row type", "SUB-ACTION", "Action number", "1.1", "Sub-action", "A", "Action", "Do A", "Start",
						"soon", "End", "Febuary 2020"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure", "Most plans on time", "Target date",
						"2020-12-18"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure", "All plans on time", "Target date",
						"next year")))),
				List.of("3", "Start", "Start must be a real date, like 2020-02 or 2020-02-18"),
				List.of("3", "End", "End must be a real date, like 2020-02 or 2020-02-18"),
				List.of("4", "Start", "Start must be a real date, like 2020-02 or 2020-02-18"),
				List.of("4", "End", "End must be a real date, like 2020-02 or 2020-02-18"),
				List.of("5", "Target date", "Target date must be a month, like 2020-12, not a day"),
				List.of("6", "Target date", "Target date must be a real month, like 2020-12"));
	}

	@Test
	void unknownLeadsAndLeadOrganisations() throws Exception {
		assertProblems(csv(table(List.of(area(1),
				action(1, "1.1", "Leads", "M.S (CYC); X.Y (CYC); M.S (CCG); Maxine Squire", "Lead organisations",
						"CYC; NHS")))),
				List.of("3", "Leads", "X.Y (CYC) is not one of this local area's people: "
						+ "check the initials and organisation, or add the person first"),
				List.of("3", "Leads", "M.S (CCG) is not one of this local area's people: "
						+ "check the initials and organisation, or add the person first"),
				List.of("3", "Leads", "Write each lead as initials and organisation, like M.S (CYC): “Maxine Squire” is not"),
				List.of("3", "Lead organisations", "NHS is not a partner organisation of this local area: check the code"));
	}

	@Test
	void leadsFromAnotherLocalAreaAreUnknownHere() throws Exception {
		// North Yorkshire's people are not York's: NYC is North Yorkshire Council
		assertProblems(csv(table(List.of(area(1), action(1, "1.1", "Lead organisations", "NYC")))),
				List.of("3", "Lead organisations", "NYC is not a partner organisation of this local area: check the code"));
	}

	@Test
	void duplicateActionNumbers() throws Exception {
		assertProblems(csv(table(List.of(area(1), action(1, "1.1"), area(2), action(2, "1.1")))),
				List.of("5", "Action number", "Action 1.1 is already on row 3"));
	}

	@Test
	void duplicateAreaNumbers() throws Exception {
		assertProblems(csv(table(List.of(area(1), action(1, "1.1"), area(1)))),
				List.of("4", "Area number", "Area 1 is already on row 2"));
	}

	@Test
	void actionWhoseAreaHasNoAreaRow() throws Exception {
		assertProblems(csv(table(List.of(area(1), action(1, "1.1"), action(2, "2.1")))),
				List.of("4", "Area number", "There is no AREA row for area 2"));
	}

	@Test
	void subActionOrMeasureWhoseActionHasNoActionRow() throws Exception {
		assertProblems(csv(table(List.of(area(1), action(1, "1.1"),
				row("Row type", "SUB-ACTION", "Action number", "1.2", "Sub-action", "A", "Action", "Do A"),
				row("Row type", "MEASURE", "Action number", "1.3", "Measure", "Done")))),
				List.of("4", "Action number", "There is no ACTION row for action 1.2"),
				List.of("5", "Action number", "There is no ACTION row for action 1.3"));
	}

	@Test
	void nonNumericBaselineOrTarget() throws Exception {
		assertProblems(csv(table(List.of(area(1), action(1, "1.1"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure", "Most", "Baseline", "ninety", "Target",
						"90%"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure", "More", "Baseline", "12.345", "Target",
						"90"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure", "Most of all", "Baseline", "1",
						"Target", "1e12")))),
				List.of("4", "Baseline", "Baseline must be a number, like 75 or 12.5"),
				List.of("4", "Target", "Target must be a number, like 75 or 12.5"),
				List.of("5", "Baseline", "Baseline must have 2 decimal places or fewer"),
				List.of("6", "Target", "Target must be between -1,000,000,000 and 1,000,000,000"));
	}

	@Test
	void hiddenCharactersAYearOutsideTheServiceAndTextTooLongAreProblems() throws Exception {
		// "_x0000_" is how an XLSX file writes a NUL character, which the workbook reader turns back into one
		assertProblems(xlsx(table(List.of(
				row("Row type", "AREA", "Area number", "1", "Area title", "Leader_x0000_ship", "Weakness number", "1",
						"Area weakness", "W".repeat(5001)),
				action(1, "1.1", "Start", "9999-12", "Outcome", "O".repeat(5001))))),
				List.of("2", "Area title", "Remove the hidden characters (such as _x0000_) from this cell"),
				List.of("2", "Area weakness", "Area weakness must be 5000 characters or fewer"),
				List.of("3", "Outcome", "Outcome must be 5000 characters or fewer"),
				List.of("3", "Start", "Start must be in a year between 2000 and 2100"));
	}

	@Test
	void missingRequiredCells() throws Exception {
		assertProblems(csv(table(List.of(row("Row type", "AREA", "Area number", "1"),
				row("Row type", "ACTION", "Area number", "1"),
				row("Row type", "ACTION", "Area number", "1", "Action number", "1.2"),
				row("Row type", "SUB-ACTION", "Action number", "1.2"), row("Row type", "MEASURE")))),
				List.of("2", "Area title", "Enter the area title"),
				List.of("2", "Weakness number",
						"Enter the number of the area of weakness the area answers, like 1, or several, like 1; 3"),
				List.of("3", "Action number", "Enter the action number"),
				List.of("3", "Outcome", "Enter the outcome"), List.of("3", "Action", "Enter the action"),
				List.of("4", "Outcome", "Enter the outcome"), List.of("4", "Action", "Enter the action"),
				List.of("5", "Sub-action", "Enter the sub-action label, like A"),
				List.of("5", "Action", "Enter what the sub-action will do"),
				List.of("6", "Action number", "Enter the number of the action it belongs to"),
				List.of("6", "Measure", "Enter the measure of success"));
	}

	@Test
	void cellsAnotherRowTypeUsesMustBeEmpty() throws Exception {
		assertProblems(csv(table(List.of(row("Row type", "AREA", "Area number", "1", "Area title", "Leadership",
				"Weakness number", "1", "Start", "2020-02"),
				action(1, "1.1", "Measure", "A measure on the action row")))),
				List.of("2", "Start", "Leave Start empty on AREA rows"),
				List.of("3", "Measure", "Leave Measure empty on ACTION rows"));
	}

	@Test
	void weaknessNumbersMustBeTheInspections() throws Exception {
		assertProblems(csv(table(List.of(row("Row type", "AREA", "Area number", "1", "Area title", "Leadership",
				"Weakness number", "2; 9, one"), action(1, "1.1")))),
				List.of("2", "Weakness number", "The inspection has no area of weakness 9"),
				List.of("2", "Weakness number",
						"Write each weakness number as a whole number, like 1 or 1; 3: “one” is not"));
	}

	@Test
	void anAreaAnswersEveryWeaknessItsRowNumbers() throws Exception {
		PlanView plan = createdPlan(upload(csv(table(List.of(
				row("Row type", "AREA", "Area number", "1", "Area title", "Commissioning and co-production",
						"Weakness number", "3; 2,3"),
				action(1, "1.1")))), "plan.csv", "Two weaknesses in one area").andReturn());

		assertThat(plan.areas().get(0).weaknesses()).extracting(WeaknessView::number).containsExactly(2, 3);
	}

	@Test
	void everyProblemIsListedAtOnceInRowOrder() throws Exception {
		Document page = problemsPage(csv(table(List.of(area(1), action(1, "1.1", "Start", "2020-13"), action(1, "1.1"),
				row("Row type", "MEASURE", "Action number", "1.9", "Measure", "x"),
				row("Row type", "MEASURE", "Action number", "1.1", "Measure", "x", "Target", "lots"),
				action(7, "7.1")))), "plan.csv");

		assertThat(problems(page)).extracting(p -> p.get(0) + " " + p.get(1)).containsExactly("3 Start",
				"4 Action number", "5 Action number", "6 Target", "7 Area number");
		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("The selected file has 5 problems. Fix them and choose the file again");
	}

	@Test
	void problemsPageKeepsTheOtherFieldsAndLinksToTheFileField() throws Exception {
		Document page = problemsPage(csv(table(List.of(area(1), action(2, "2.1")))), "plan.csv");

		assertThat(page.title()).isEqualTo("Error: Import a plan from a spreadsheet – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("Fix the problems in the spreadsheet");
		Element summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#file");
		assertThat(summary.select("a").eachText())
			.containsExactly("The selected file has a problem. Fix it and choose the file again");
		assertThat(page.select("input#file[type=file]")).hasSize(1);
		assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint file-error");
		assertThat(page.select("#file-error").text())
			.isEqualTo("Error: The selected file has a problem. Fix it and choose the file again");
		assertThat(page.select("#file").hasClass("govuk-file-upload--error")).isTrue();
		assertThat(page.select("table.govuk-table thead th").eachText()).containsExactly("Row", "Column", "Problem");
		assertThat(page.select("#title").val()).isEqualTo("Problems page");
		assertThat(page.select("#inspectionId option[selected]").val()).isEqualTo(String.valueOf(this.yorkInspectionId));
		assertThat(page.select("input[name=kind][checked]").val()).isEqualTo("WRITTEN_STATEMENT_OF_ACTION");
		assertThat(page.select("input[name=scaleCode][checked]").val()).isEqualTo("YORK_SIX_STEP");
		assertThat(page.select("form[enctype=multipart/form-data][action=/plans/import]")).hasSize(1);
	}

	@Test
	void markupInTheFileIsShownAsText() throws Exception {
		Document page = problemsPage(csv(table(List.of(area(1),
				action(1, "1.1", "Leads", "<script>alert('x')</script> (CYC)", "Outcome", "=1+1")))), "plan.csv");

		assertThat(problems(page)).containsExactly(List.of("3", "Leads",
				"<script>alert('x')</script> (CYC) is not one of this local area's people: "
						+ "check the initials and organisation, or add the person first"));
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("table.govuk-table td").outerHtml()).contains("&lt;script&gt;");
	}

	@Test
	void aProblemOnlyThePlanRegisterFindsIsShownWithoutARow() throws Exception {
		int before = planCount();
		Document page = Pages.html(this.mvc
			.perform(multipart("/plans/import")
				.file(new MockMultipartFile("file", "plan.csv", "text/csv", csv(smallYorkPlan())))
				.param("inspectionId", String.valueOf(this.yorkInspectionId))
				.param("title", "Scale withdrawn meanwhile")
				.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
				.param("scaleCode", "WITHDRAWN_SCALE")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(problems(page)).containsExactly(List.of("", "", "There is no progress scale called WITHDRAWN_SCALE"));
		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void emptyFormShowsTheFileUploadWithItsHint() throws Exception {
		Document page = Pages.html(this.mvc.perform(get("/plans/import").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.title()).isEqualTo("Import a plan from a spreadsheet – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("Import a plan from a spreadsheet");
		assertThat(page.select(".govuk-error-summary, .govuk-error-message")).isEmpty();
		assertThat(page.select("label[for=file]").text()).isEqualTo("Spreadsheet or Word file");
		assertThat(page.select("#file").attr("aria-describedby")).isEqualTo("file-hint");
		assertThat(page.select("#file-hint").text()).startsWith("An XLSX or CSV file")
			.contains("smaller than 5 MB, with no more than 5,000 rows under the header row");
		assertThat(page.select("#inspectionId option").eachText()).anyMatch(text -> text.contains("York"))
			.anyMatch(text -> text.contains("North Yorkshire"));
		assertThat(page.select("input[name=kind]")).hasSize(PlanKind.values().length);
		assertThat(page.select("input[name=scaleCode]").eachAttr("value")).contains("YORK_SIX_STEP", "RAG_BLUE",
				"DELIVERY_CONFIDENCE");
		assertThat(page.select("a[href=/plans/import/template.xlsx], a[href=/plans/import/template.csv]")).hasSize(2);
	}

	// Helpers

	private static List<String> area(int number) {
		return row("Row type", "AREA", "Area number", String.valueOf(number), "Area title", "Area " + number,
				"Weakness number", "1");
	}

	private static List<String> action(int area, String number, String... more) {
		List<String> pairs = new ArrayList<>(List.of("Row type", "ACTION", "Area number", String.valueOf(area),
				"Action number", number, "Outcome", "Outcome " + number, "Action", "Action " + number));
		for (int i = 0; i < more.length; i += 2) {
			int existing = pairs.indexOf(more[i]);
			if (existing >= 0 && existing % 2 == 0) {
				pairs.set(existing + 1, more[i + 1]);
			}
			else {
				pairs.add(more[i]);
				pairs.add(more[i + 1]);
			}
		}
		return row(pairs.toArray(String[]::new));
	}

	private org.springframework.test.web.servlet.ResultActions upload(byte[] file, String filename, String title)
			throws Exception {
		return this.mvc.perform(multipart("/plans/import")
			.file(new MockMultipartFile("file", filename, "application/octet-stream", file))
			.param("inspectionId", String.valueOf(this.yorkInspectionId))
			.param("title", title)
			.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
			.param("scaleCode", "YORK_SIX_STEP")
			.with(csrf())
			.cookie(this.admin));
	}

	private PlanView createdPlan(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/plans/\\d+");
		return this.plans.plan(Long.parseLong(location.substring("/plans/".length())));
	}

	private void assertSmallYorkPlan(PlanView plan) {
		assertThat(plan.areas()).hasSize(1);
		AreaView area = plan.areas().get(0);
		assertThat(area.number()).isEqualTo(1);
		assertThat(area.title()).isEqualTo("Leadership & Governance");
		assertThat(area.weaknessText()).isEqualTo("A lack of cohesive oversight");
		assertThat(area.weaknesses()).extracting(WeaknessView::number).containsExactly(1);
		assertThat(area.actions()).hasSize(1);
		ActionView action = area.actions().get(0);
		assertThat(action.number()).isEqualTo("1.1");
		assertThat(action.outcome()).isEqualTo("Leaders have greater assurance");
		assertThat(action.start()).isEqualTo(PlanDate.ofMonth(YearMonth.of(2020, 2)));
		assertThat(action.end()).isEqualTo(PlanDate.ofMonth(YearMonth.of(2020, 7)));
		assertThat(action.leads()).extracting(lead -> lead.initials() + "/" + lead.organisationCode())
			.containsExactly("M.S/CYC", "K.McN/CCG");
		assertThat(action.leadOrganisations()).extracting(o -> o.code()).containsExactly("CCG");
		assertThat(action.evidenceAndImpact()).isEqualTo("The local area has addressed the areas of weakness");
		assertThat(action.subActions()).hasSize(1);
		SubActionView subAction = action.subActions().get(0);
		assertThat(subAction.label()).isEqualTo("A");
		assertThat(subAction.start()).isEqualTo(PlanDate.ofDay(LocalDate.of(2020, 2, 18)));
		assertThat(subAction.end()).isEqualTo(PlanDate.ofMonth(YearMonth.of(2020, 10)));
		assertThat(subAction.phase()).isEqualTo("Phase 1");
		assertThat(action.measures()).hasSize(1);
		MeasureView measure = action.measures().get(0);
		assertThat(measure.text()).isEqualTo("90% of services monitored against the framework");
		assertThat(measure.baseline()).isEqualByComparingTo(new BigDecimal("40"));
		assertThat(measure.target()).isEqualByComparingTo(new BigDecimal("90"));
		assertThat(measure.unit()).isEqualTo("%");
		assertThat(measure.targetMonth()).isEqualTo(YearMonth.of(2020, 9));
	}

	private void assertFileError(byte[] file, String filename, String message) throws Exception {
		int before = planCount();
		Document page = Pages.html(upload(file, filename, "File error").andExpect(status().isOk()).andReturn());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(message);
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file");
		assertThat(page.select("#file-error").text()).isEqualTo("Error: " + message);
		assertThat(page.select("table.govuk-table")).isEmpty();
		assertThat(page.select("#title").val()).isEqualTo("File error");
		assertThat(planCount()).isEqualTo(before);
	}

	@SafeVarargs
	private void assertProblems(byte[] file, List<String>... expected) throws Exception {
		assertThat(problems(problemsPage(file, "plan.csv"))).containsExactly(expected);
	}

	private Document problemsPage(byte[] file, String filename) throws Exception {
		int before = planCount();
		Document page = Pages.html(upload(file, filename, "Problems page").andExpect(status().isOk()).andReturn());
		assertThat(planCount()).as("nothing imported").isEqualTo(before);
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#file");
		return page;
	}

	private static List<List<String>> problems(Document page) {
		return page.select("table.govuk-table tbody tr")
			.stream()
			.map(tr -> tr.select("td, th").stream().map(Element::text).toList())
			.toList();
	}

	private int planCount() {
		return this.jdbc.queryForObject("select count(*) from plan", Integer.class);
	}

}
