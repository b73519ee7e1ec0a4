package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each framework's outcomes, and only those: one rule, held by the form, the service and the database alike; and a
 * 2023 inspection's weaknesses typed as areas for priority action or for improvement.
 */
@IntegrationTest
class FrameworkAwareInspectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	SignedInPages pages;

	LocalAreaView area;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.area = this.people.createLocalArea(SignedInPages.unique("FRAME"), "Framework test area");
	}

	@Test
	void theDatabaseHoldsExactlyThePairsTheRuleAllows() {
		for (InspectionFramework framework : InspectionFramework.values()) {
			for (InspectionOutcome outcome : InspectionOutcome.values()) {
				boolean stored;
				try {
					this.jdbc.update("insert into inspection (local_area_id, framework, outcome) values (?, ?, ?)",
							this.area.id(), framework.name(), outcome.name());
					stored = true;
				}
				catch (DataIntegrityViolationException refused) {
					assertThat(refused.getMessage()).contains("inspection_outcome_of_its_framework");
					stored = false;
				}
				assertThat(stored).as(framework + " with " + outcome).isEqualTo(framework.allows(outcome));
			}
		}
		assertThat(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016.outcomes())
			.containsExactly(InspectionOutcome.WRITTEN_STATEMENT_REQUIRED, InspectionOutcome.NO_WRITTEN_STATEMENT);
		assertThat(InspectionFramework.AREA_SEND_2023.outcomes()).containsExactly(
				InspectionOutcome.POSITIVE_EXPERIENCES, InspectionOutcome.INCONSISTENT_EXPERIENCES,
				InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS);
	}

	@Test
	void aNewInspectionOfThe2016FrameworkRefusesA2023OutcomeOnItsFieldAndSavesNothing() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, createPath(), fields("JOINT_LOCAL_AREA_SEND_2016",
				"WIDESPREAD_OR_SYSTEMIC_FAILINGS")));

		assertThat(page.title()).isEqualTo("Error: Add an inspection – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#outcome");
		assertThat(page.select(".govuk-error-summary a").text())
			.isEqualTo("Select an outcome of the 2016 framework: written statement of action required or no written "
					+ "statement of action required");
		assertThat(page.select("#outcome-error").text()).startsWith("Error: Select an outcome of the 2016 framework");
		assertThat(page.select("input[name=framework][checked]").val()).isEqualTo("JOINT_LOCAL_AREA_SEND_2016");
		assertThat(page.select("input[name=outcome][checked]").val()).isEqualTo("WIDESPREAD_OR_SYSTEMIC_FAILINGS");
		assertThat(inspectionsInArea()).isZero();
	}

	@Test
	void anInspectionChangedTo2023KeepsA2016OutcomeOut() throws Exception {
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				details(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(), List.of()));
		String[] fields = fields("AREA_SEND_2023", "NO_WRITTEN_STATEMENT");
		String[] withVersion = java.util.Arrays.copyOf(fields, fields.length + 2);
		withVersion[fields.length] = "version";
		withVersion[fields.length + 1] = String.valueOf(inspection.version());

		Document page = Pages.html(this.pages.post(Pages.ADMIN, "/inspections/" + inspection.id(), withVersion));

		assertThat(page.select(".govuk-error-summary a").text()).isEqualTo("Select an outcome of the 2023 framework: "
				+ "positive experiences and outcomes, inconsistent experiences and outcomes or widespread and/or "
				+ "systemic failings");
		assertThat(this.jdbc.queryForMap("select framework, outcome from inspection where id = ?", inspection.id()))
			.containsEntry("framework", "JOINT_LOCAL_AREA_SEND_2016")
			.containsEntry("outcome", "WRITTEN_STATEMENT_REQUIRED");
		assertThatThrownBy(() -> this.inspections.updateInspection(inspection.id(), inspection.version(),
				details(InspectionFramework.AREA_SEND_2023, InspectionOutcome.NO_WRITTEN_STATEMENT)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void a2023InspectionWithItsOwnOutcomeIsSavedAndReadBack() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, createPath(),
				fields("AREA_SEND_2023", "WIDESPREAD_OR_SYSTEMIC_FAILINGS"));

		long id = this.jdbc.queryForObject("select id from inspection where local_area_id = ?", Long.class,
				this.area.id());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inspections/" + id);
		assertThat(this.jdbc.queryForMap("select framework, outcome, start_date from inspection where id = ?", id))
			.containsEntry("framework", "AREA_SEND_2023")
			.containsEntry("outcome", "WIDESPREAD_OR_SYSTEMIC_FAILINGS")
			.containsEntry("start_date", java.sql.Date.valueOf("2024-04-29"));
	}

	@Test
	void a2023WeaknessIsAnAreaForPriorityActionOrForImprovement() throws Exception {
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				details(InspectionFramework.AREA_SEND_2023, InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS),
				List.of(), List.of()));
		String path = "/inspections/" + inspection.id() + "/weaknesses";

		Document form = this.pages.page(Pages.ADMIN, path + "/new");
		assertThat(form.select("input[name=kind]").eachAttr("value")).containsExactly("AREA_FOR_PRIORITY_ACTION",
				"AREA_FOR_IMPROVEMENT");

		Document refused = Pages.html(this.pages.post(Pages.ADMIN, path, "number", "1", "text", "Waiting times."));
		assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#kind");
		assertThat(refused.select(".govuk-error-summary a").text())
			.isEqualTo("Select whether it is an area for priority action or an area for improvement");
		assertThat(refused.select("#text").text()).isEqualTo("Waiting times.");
		assertThat(weaknesses(inspection.id())).isZero();

		this.pages.post(Pages.ADMIN, path, "number", "1", "text", "Waiting times.", "kind",
				"AREA_FOR_PRIORITY_ACTION");
		this.pages.post(Pages.ADMIN, path, "number", "2", "text", "Transitions.", "kind", "AREA_FOR_IMPROVEMENT");

		assertThat(this.jdbc.queryForList("select kind from inspection_weakness where inspection_id = ? order by number",
				String.class, inspection.id()))
			.containsExactly("AREA_FOR_PRIORITY_ACTION", "AREA_FOR_IMPROVEMENT");
		Document page = this.pages.page(Pages.BOARD, "/inspections/" + inspection.id());
		assertThat(page.select("#weaknesses ~ dl .govuk-summary-list__key").eachText())
			.containsExactly("Area for priority action 1", "Area for improvement 2");
	}

	@Test
	void a2016WeaknessHasNoKind() throws Exception {
		InspectionView inspection = this.inspections.createInspection(new NewInspectionCommand(this.area.id(),
				details(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
				List.of(), List.of()));
		String path = "/inspections/" + inspection.id() + "/weaknesses";

		assertThat(this.pages.page(Pages.ADMIN, path + "/new").select("input[name=kind]")).isEmpty();
		this.pages.post(Pages.ADMIN, path, "number", "1", "text", "Leadership.");

		assertThat(this.jdbc.queryForObject("select kind from inspection_weakness where inspection_id = ?",
				String.class, inspection.id()))
			.isNull();
	}

	private static InspectionDetails details(InspectionFramework framework, InspectionOutcome outcome) {
		return new InspectionDetails(framework, LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 3), null, null,
				outcome);
	}

	private static String[] fields(String framework, String outcome) {
		return new String[] { "framework", framework, "startDate.day", "29", "startDate.month", "4", "startDate.year",
				"2024", "endDate.day", "3", "endDate.month", "5", "endDate.year", "2024", "outcome", outcome };
	}

	private String createPath() {
		return "/local-areas/" + this.area.id() + "/inspections";
	}

	private int inspectionsInArea() {
		return this.jdbc.queryForObject("select count(*) from inspection where local_area_id = ?", Integer.class,
				this.area.id());
	}

	private int weaknesses(long inspectionId) {
		return this.jdbc.queryForObject("select count(*) from inspection_weakness where inspection_id = ?",
				Integer.class, inspectionId);
	}

}
