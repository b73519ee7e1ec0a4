package org.wsoatracker.plan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.PlanLimits;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.spreadsheet.PlanSpreadsheets;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.LargeWorkbooks;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.wsoatracker.plan.web.PlanTableFiles.csv;

/**
 * The largest plan table an import takes, and one row more, through the service on the real database, in the small
 * heap the import's tests run with (pom.xml, execution {@code import-small-heap}): the largest is imported in one
 * request of bounded time, even with every text as long as it may be; one row more is refused on the file field, and
 * nothing is created; of a file's problems at most 1,000 are listed.
 */
@IntegrationTest
class PlanImportLimitsTests {

	static final String TOO_MANY_ROWS = "The selected file must have 5,000 rows or fewer under the header row";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path folder;

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

	@Test
	void aPlanTableOfAsManyRowsAsAnImportTakesIsImported() throws Exception {
		byte[] file = workbook(PlanSpreadsheets.MAX_ROWS, false);

		MvcResult result = upload(file, "largest.xlsx", "Largest plan").andReturn();

		assertLargestPlan(result, false);
	}

	@Test
	void theLargestPlanTableWithEveryTextAsLongAsItMayBeIsImported() throws Exception {
		byte[] file = workbook(PlanSpreadsheets.MAX_ROWS, true);
		assertThat((long) file.length).isLessThan(PlanSpreadsheets.MAX_FILE_BYTES);
		assertThat(LargeWorkbooks.unpackedSize(file)).isGreaterThan(40L * 1024 * 1024);

		assertLargestPlan(upload(file, "longest.xlsx", "Longest plan").andReturn(), true);
	}

	@Test
	void oneRowMoreIsRefusedAndNothingIsCreated() throws Exception {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i <= PlanSpreadsheets.MAX_ROWS + 1; i++) {
			rows.add(row(i, false));
		}

		assertFileError(workbook(PlanSpreadsheets.MAX_ROWS + 1, false), "too-many.xlsx");
		assertFileError(csv(rows), "too-many.csv");
	}

	@Test
	void ofMoreProblemsThanAreListedTheFirstThousandAreListed() throws Exception {
		StringBuilder csv = new StringBuilder(String.join(",", PlanTableFiles.HEADINGS)).append("\r\n");
		csv.append("TASK\r\n".repeat(PlanSpreadsheets.MAX_ROWS));

		Document page = problemsPage(csv.toString());

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("The selected file has 5,000 problems. Fix them and choose the file again");
		assertThat(page.select("main p.govuk-body").eachText())
			.contains("Only the first 1,000 problems found are listed: the file has 5,000.");
		List<List<String>> listed = problems(page);
		assertThat(listed).hasSize(1_000);
		assertThat(listed.get(0)).containsExactly("2", "Row type", "Row type must be AREA, ACTION, SUB-ACTION or MEASURE");
		assertThat(listed.get(999).get(0)).isEqualTo("1001");
	}

	@Test
	void aFileWithAProblemInAlmostEveryCellIsRefusedWithAPageOfBoundedLength() throws Exception {
		// Listed in full, its 474,999 problems ran the 256 MB heap of these tests out of memory making the page
		StringBuilder csv = new StringBuilder(String.join(",", PlanTableFiles.HEADINGS)).append("\r\n");
		csv.append(("ACTION" + ",x".repeat(99) + "\r\n").repeat(PlanSpreadsheets.MAX_ROWS));

		Document page = problemsPage(csv.toString());

		String summary = page.select(".govuk-error-summary a").text();
		assertThat(summary).matches("The selected file has [0-9,]+ problems\\. Fix them and choose the file again");
		assertThat(Integer.parseInt(summary.replaceAll("[^0-9]", ""))).isGreaterThan(PlanSpreadsheets.MAX_ROWS * 80);
		assertThat(problems(page)).hasSize(1_000);
	}

	/**
	 * The plan table as a workbook: the header and {@code rows} rows.
	 */
	private byte[] workbook(int rows, boolean longTexts) throws IOException {
		Path file = LargeWorkbooks.write(Files.createTempFile(this.folder, "plan", ".xlsx"), rows + 1,
				i -> row(i, longTexts));
		return Files.readAllBytes(file);
	}

	/**
	 * Row {@code i} of the largest plan table: the header; ten areas; then actions, each followed by two sub-actions
	 * and two measures, to {@link PlanSpreadsheets#MAX_ROWS} rows under the header; any row after that another measure.
	 * With long texts, every text as long as its column allows.
	 */
	private static List<String> row(int i, boolean longTexts) {
		if (i == 0) {
			return PlanTableFiles.HEADINGS;
		}
		if (i <= 10) {
			return PlanTableFiles.row("Row type", "AREA", "Area number", String.valueOf(i), "Area title",
					text("Area " + i, longTexts ? 300 : 0), "Weakness number", "1", "Area weakness",
					text("Weakness answered by area " + i, longTexts ? PlanLimits.LETTER_TEXT : 0));
		}
		if (i > PlanSpreadsheets.MAX_ROWS) {
			return PlanTableFiles.row("Row type", "MEASURE", "Action number", "1.1", "Measure", "One too many");
		}
		int action = (i - 11) / 5;
		String number = (action % 10 + 1) + "." + (action / 10 + 1);
		int limit = longTexts ? PlanLimits.ACTION_TEXT : 0;
		return switch ((i - 11) % 5) {
			case 0 -> PlanTableFiles.row("Row type", "ACTION", "Area number", String.valueOf(action % 10 + 1),
					"Action number", number, "Outcome", text("Outcome of action " + number, limit), "Action",
					text("What action " + number + " will do", limit), "Start", "2026-02", "End", "2027-01",
					"Lead organisations", "CYC", "Evidence and impact",
					text("Evidence of action " + number, longTexts ? PlanLimits.EVIDENCE_AND_IMPACT : 0));
			case 1, 2 -> {
				String label = (i - 11) % 5 == 1 ? "A" : "B";
				yield PlanTableFiles.row("Row type", "SUB-ACTION", "Action number", number, "Sub-action", label,
						"Action", text("Sub-action " + number + label, limit), "Start", "2026-03", "End", "2026-09");
			}
			default -> PlanTableFiles.row("Row type", "MEASURE", "Action number", number, "Measure",
					text("Measure " + (i - 11) % 5 + " of action " + number, limit), "Baseline", "40", "Target",
					"90", "Unit", "%", "Target date", "2026-12");
		};
	}

	/**
	 * The text, followed by words chosen by it until it is {@code length} characters long.
	 */
	private static String text(String start, int length) {
		if (length == 0) {
			return start;
		}
		Random random = new Random(start.hashCode());
		StringBuilder sentence = new StringBuilder(start).append(':');
		while (sentence.length() < 200) {
			sentence.append(' ').append(WORDS.get(random.nextInt(WORDS.size())));
		}
		sentence.append(". ");
		return sentence.toString().repeat(length / sentence.length() + 1).substring(0, length);
	}

	private static final List<String> WORDS = List.of("children", "young", "people", "families", "needs", "plans",
			"health", "care", "education", "timely", "quality", "assessments", "reviews", "partners", "joint",
			"commissioning", "outcomes", "transition", "adulthood", "waiting", "times", "therapy", "schools",
			"settings", "inclusion", "exclusions", "attendance", "voice", "co-production", "training", "audit",
			"improvement");

	private void assertLargestPlan(MvcResult result, boolean longTexts) {
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		PlanView plan = createdPlan(result);
		assertThat(plan.areas()).hasSize(10);
		List<ActionView> actions = plan.areas().stream().map(AreaView::actions).flatMap(List::stream).toList();
		assertThat(actions).hasSize(998);
		assertThat(actions).allSatisfy(action -> {
			assertThat(action.subActions()).hasSize(2);
			assertThat(action.measures()).hasSize(2);
		});
		assertThat(actions.get(0).evidenceAndImpact())
			.hasSize(longTexts ? PlanLimits.EVIDENCE_AND_IMPACT : "Evidence of action 1.1".length());
	}

	private void assertFileError(byte[] file, String filename) throws Exception {
		int before = planCount();

		Document page = Pages.html(upload(file, filename, "Too many rows").andReturn());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(TOO_MANY_ROWS);
		assertThat(page.select("#file-error").text()).isEqualTo("Error: " + TOO_MANY_ROWS);
		assertThat(planCount()).isEqualTo(before);
	}

	private Document problemsPage(String csv) throws Exception {
		int before = planCount();
		MvcResult result = upload(csv.getBytes(StandardCharsets.UTF_8), "problems.csv", "Problems").andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(planCount()).isEqualTo(before);
		return Pages.html(result);
	}

	private static List<List<String>> problems(Document page) {
		return page.select("table.govuk-table tbody tr")
			.stream()
			.map(tr -> tr.select("td, th").stream().map(Element::text).toList())
			.toList();
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

	private int planCount() {
		return this.jdbc.queryForObject("select count(*) from plan", Integer.class);
	}

}
