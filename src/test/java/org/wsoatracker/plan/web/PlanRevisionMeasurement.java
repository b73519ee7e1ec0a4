package org.wsoatracker.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long changing a plan of 116 actions (Kent's accelerated progress plan's size) from its spreadsheet takes:
 * upload and preview, the preview page again, and apply, through the web layer on the real database. Prints the
 * times; asserts only what was done, never how fast. Not part of the suite (its name ends in neither Test nor
 * Tests); run it with
 * {@code ./mvnw -o test -Dtest=PlanRevisionMeasurement -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class PlanRevisionMeasurement {

	private static final int ACTIONS = 116;

	private static final int AREAS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	InspectionService inspections;

	@Autowired
	PeopleService people;

	@Test
	void previewAndApplyOfA116ActionPlan() throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		for (int round = 1; round <= 4; round++) {
			long planId = bigPlan();
			byte[] export = this.mvc.perform(get("/plans/" + planId + "/export.xlsx").cookie(admin))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			List<List<String>> rows = new ArrayList<>();
			PlanTableFiles.cellsOf(export).forEach(row -> rows.add(new ArrayList<>(row)));
			int changed = 0;
			for (List<String> row : rows) {
				if (row.get(0).equals("ACTION") && changed < 20) {
					row.set(9, "2022-12");
					changed++;
				}
			}
			rows.removeIf(row -> row.get(4).equals("12.9") || row.get(4).equals("12.8"));
			rows.add(PlanTableFiles.row("Row type", "ACTION", "Area number", "1", "Action number", "1.99", "Outcome",
					"New outcome", "Action", "New action", "Start", "Sept 2021"));
			byte[] file = PlanTableFiles.xlsx(rows);

			long t0 = System.nanoTime();
			this.mvc.perform(multipart("/plans/" + planId + "/import")
				.file(new MockMultipartFile("file", "big.xlsx", null, file))
				.with(csrf())
				.cookie(admin)).andExpect(status().is3xxRedirection());
			long t1 = System.nanoTime();
			Document preview = Pages.html(this.mvc.perform(get("/plans/" + planId + "/import/preview").cookie(admin))
				.andExpect(status().isOk())
				.andReturn());
			long t2 = System.nanoTime();
			this.mvc.perform(post("/plans/" + planId + "/import/apply")
				.param("fingerprint", preview.select("input[name=fingerprint]").val())
				.with(csrf())
				.cookie(admin)).andExpect(status().is3xxRedirection());
			long t3 = System.nanoTime();

			assertThat(preview.select("#changes tbody tr")).hasSize(23);
			assertThat(this.plans.plan(planId).actions().count()).isEqualTo(ACTIONS - 1);
			System.out.printf(Locale.ROOT,
					"MEASURED round %d: %d actions, %d rows, %,d bytes: upload and preview %d ms, preview page %d ms, "
							+ "apply %d ms%n",
					round, ACTIONS, rows.size() - 1, file.length, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
					(t3 - t2) / 1_000_000);
		}
	}

	/**
	 * A plan of 116 actions in 12 areas, each action with a sub-action and two measures, led by two of York's people.
	 */
	private long bigPlan() {
		long york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		long inspection = this.inspections.inspections(york).get(0).id();
		List<Long> leads = List.of(this.people.findByReference(york, "M.S", "CYC").orElseThrow().id(),
				this.people.findByReference(york, "K.McN", "CCG").orElseThrow().id());
		List<AreaCommand> areas = new ArrayList<>();
		int made = 0;
		for (int area = 1; area <= AREAS; area++) {
			List<ActionDetails> actions = new ArrayList<>();
			int count = area <= ACTIONS % AREAS ? ACTIONS / AREAS + 1 : ACTIONS / AREAS;
			for (int n = 1; n <= count; n++, made++) {
				actions.add(new ActionDetails(area + "." + n, "Outcome " + area + "." + n + " for children and families",
						"What will be done for " + area + "." + n, PlanDate.parse("2021-01"), PlanDate.parse("2022-06"),
						null, leads, List.of(),
						List.of(new MeasureDetails("Measure A of " + area + "." + n, new BigDecimal("40"),
								new BigDecimal("90"), "%", YearMonth.of(2022, 6)),
								new MeasureDetails("Measure B of " + area + "." + n, null, new BigDecimal("12"), "days",
										YearMonth.of(2022, 3))),
						"Evidence for " + area + "." + n, List.of(new SubActionDetails("A", "First step of " + area
								+ "." + n, PlanDate.parse("2021-01"), PlanDate.parse("2021-06"), null))));
			}
			areas.add(new AreaCommand(area, "Area " + area, "Weakness text " + area, List.of(1), actions));
		}
		assertThat(made).isEqualTo(ACTIONS);
		return this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Measured plan " + UUID.randomUUID(),
						PlanStatus.DRAFT, "YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(), List.of(), areas))
			.id();
	}

}
