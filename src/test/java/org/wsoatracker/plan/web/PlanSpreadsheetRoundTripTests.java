package org.wsoatracker.plan.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exporting a demo plan, importing the file as a new plan for the same inspection and exporting that plan gives the
 * same table: nothing is lost or changed on the way.
 */
@IntegrationTest
class PlanSpreadsheetRoundTripTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	Cookie admin;

	PlanView york;

	@BeforeEach
	void setUp() throws Exception {
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
	void xlsxRoundTripKeepsEveryCell() throws Exception {
		byte[] first = export(this.york.id(), "xlsx");

		long copy = importAsNewPlan(first, "york.xlsx", "York copy from XLSX");
		byte[] second = export(copy, "xlsx");

		assertThat(PlanTableFiles.cellsOf(second)).isEqualTo(PlanTableFiles.cellsOf(first));
		assertThat(PlanTableFiles.cellsOf(first)).hasSizeGreaterThan(40);
		assertThat(this.plans.plan(copy).actions().count()).isEqualTo(this.york.actions().count());
	}

	@Test
	void csvRoundTripIsByteForByte() throws Exception {
		byte[] first = export(this.york.id(), "csv");

		long copy = importAsNewPlan(first, "york.csv", "York copy from CSV");
		byte[] second = export(copy, "csv");

		assertThat(second).isEqualTo(first);
		assertThat(this.plans.plan(copy).areas()).extracting(AreaView::weaknesses)
			.containsExactlyElementsOf(this.york.areas().stream().map(AreaView::weaknesses).toList());
	}

	@Test
	void anAreaAnsweringSeveralWeaknessesRoundTripsWithThemAll() throws Exception {
		long original = this.plans.createPlan(new NewPlanCommand(this.york.inspection().id(),
				new PlanDetails(PlanKind.ACCELERATED_PROGRESS_PLAN, "Workstreams", PlanStatus.DRAFT, "RAG_BLUE", null,
						null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Leadership and co-production", "Oversight and co-production",
						List.of(3, 1), List.of()),
						new AreaCommand(2, "Commissioning and health", "Commissioning and health", List.of(2, 4),
								List.of()))))
			.id();

		byte[] csv = export(original, "csv");
		byte[] xlsx = export(original, "xlsx");
		List<List<String>> cells = PlanTableFiles.cellsOf(xlsx);
		assertThat(cells.subList(1, cells.size())).extracting(row -> row.get(3)).containsExactly("1; 3", "2; 4");

		long fromCsv = importAsNewPlan(csv, "workstreams.csv", "Workstreams copy from CSV");
		long fromXlsx = importAsNewPlan(xlsx, "workstreams.xlsx", "Workstreams copy from XLSX");

		for (long copy : List.of(fromCsv, fromXlsx)) {
			assertThat(this.plans.plan(copy).areas())
				.extracting(area -> area.weaknesses().stream().map(WeaknessView::number).toList())
				.containsExactly(List.of(1, 3), List.of(2, 4));
		}
		assertThat(export(fromCsv, "csv")).isEqualTo(csv);
		assertThat(PlanTableFiles.cellsOf(export(fromXlsx, "xlsx"))).isEqualTo(cells);
	}

	@Test
	void northYorkshiresStrategicPlanUpdateRoundTripsToo() throws Exception {
		PlanView northYorkshire = this.plans.plan(this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("North Yorkshire SEND strategic plan update"))
			.findFirst()
			.orElseThrow()
			.id());
		byte[] first = export(northYorkshire.id(), "csv");

		long copy = importAsNewPlan(first, "north-yorkshire.csv", "North Yorkshire copy", northYorkshire);

		assertThat(export(copy, "csv")).isEqualTo(first);
		assertThat(this.plans.plan(copy).inspection().id()).isEqualTo(northYorkshire.inspection().id());
	}

	@Test
	void textThatLooksLikeAFormulaComesBackExactlyAsItWas() throws Exception {
		List<String> texts = List.of("=1+1", "'=1+1", "''@x", "+44 1904 551550", "-5 days", "@SUM(A1)",
				"\tTabbed", "'quoted", "plain");
		List<ActionDetails> actions = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			actions.add(new ActionDetails("1." + (i + 1), texts.get(i), texts.get(i), null, null, texts.get(i),
					List.of(), List.of(), List.of(new MeasureDetails(texts.get(i), null, null, null, null)),
					texts.get(i), List.of(new SubActionDetails("A", texts.get(i), null, null, null))));
		}
		long original = this.plans.createPlan(new NewPlanCommand(this.york.inspection().id(),
				new PlanDetails(PlanKind.PRIORITY_ACTION_PLAN, "Formula-like text", PlanStatus.DRAFT, "RAG_BLUE", null,
						null, null, null),
				List.of(), List.of(), List.of(), List.of(new AreaCommand(1, "=Area", "-Weakness", List.of(1), actions))))
			.id();

		for (String format : List.of("csv", "xlsx")) {
			byte[] first = export(original, format);
			long copy = importAsNewPlan(first, "plan." + format, "Formula-like text copy");
			assertThat(this.plans.plan(copy).actions().map(ActionView::outcome)).containsExactlyElementsOf(texts);
			assertThat(this.plans.plan(copy).areas().get(0).title()).isEqualTo("=Area");
			if (format.equals("csv")) {
				assertThat(export(copy, format)).isEqualTo(first);
			}
			else {
				assertThat(PlanTableFiles.cellsOf(export(copy, format))).isEqualTo(PlanTableFiles.cellsOf(first));
			}
		}
	}

	private byte[] export(long planId, String format) throws Exception {
		return this.mvc.perform(get("/plans/" + planId + "/export." + format).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private long importAsNewPlan(byte[] file, String filename, String title) throws Exception {
		return importAsNewPlan(file, filename, title, this.york);
	}

	/**
	 * Imports the file as a new plan answering the same inspection as the plan given, of the same kind and scale.
	 */
	private long importAsNewPlan(byte[] file, String filename, String title, PlanView like) throws Exception {
		String location = this.mvc
			.perform(multipart("/plans/import").file(new MockMultipartFile("file", filename, null, file))
				.param("inspectionId", String.valueOf(like.inspection().id()))
				.param("title", title)
				.param("kind", like.kind().name())
				.param("scaleCode", like.scale().code())
				.with(csrf())
				.cookie(this.admin))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/plans/".length()));
	}

}
