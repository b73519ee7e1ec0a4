package org.wsoatracker.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.WeaknessKind;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A priority action plan made from a 2023-framework inspection's areas for priority action, and no other.
 */
@IntegrationTest
class PriorityActionPlanWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	SignedInPages pages;

	InspectionView inspection;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("PAP"), "Priority test area");
		this.jdbc.update("insert into account_local_area (account_id, local_area_id) select id, ? from account "
				+ "where email in (?, ?, ?, ?) on conflict do nothing", area.id(), Pages.ADMIN, Pages.BOARD,
				Pages.LEAD, Pages.SCRUTINY);
		this.inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2024, 3, 4),
						LocalDate.of(2024, 3, 8), null, null, InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS),
				List.of(),
				List.of(new WeaknessDetails(1, "Waiting times for assessment.", WeaknessKind.AREA_FOR_PRIORITY_ACTION),
						new WeaknessDetails(2, "Preparation for adulthood.", WeaknessKind.AREA_FOR_IMPROVEMENT),
						new WeaknessDetails(3, "Timeliness of EHC plans.", WeaknessKind.AREA_FOR_PRIORITY_ACTION))));
	}

	@Test
	void thePlanHoldsOneAreaForEachAreaForPriorityActionAndIsReadBack() throws Exception {
		Document form = this.pages.page(Pages.ADMIN, path() + "/new");
		assertThat(form.select("#priorities li").eachText()).containsExactly(
				"Area for priority action 1: Waiting times for assessment.",
				"Area for priority action 3: Timeliness of EHC plans.");

		MvcResult result = this.pages.post(Pages.ADMIN, path(), "title", "Test priority action plan", "scale",
				"RAG_BLUE");

		long planId = this.jdbc.queryForObject("select id from plan where inspection_id = ?", Long.class,
				this.inspection.id());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + planId);
		assertThat(this.jdbc.queryForMap("select kind, status, title from plan where id = ?", planId))
			.containsEntry("kind", "PRIORITY_ACTION_PLAN")
			.containsEntry("status", "DRAFT")
			.containsEntry("title", "Test priority action plan");
		assertThat(this.jdbc.queryForList("select pa.number || ' ' || pa.weakness_text || ' ' || w.number from "
				+ "plan_area pa join plan_area_weakness paw on paw.area_id = pa.id join inspection_weakness w on "
				+ "w.id = paw.weakness_id where pa.plan_id = ? order by pa.number", String.class, planId))
			.containsExactly("1 Waiting times for assessment. 1", "3 Timeliness of EHC plans. 3");
		assertThat(this.pages.page(Pages.BOARD, "/plans/" + planId).select("#trail ~ ol li").eachText())
			.containsExactly("Inspection: " + this.inspection.title(),
					"Priority action plan: Test priority action plan (this plan)");
	}

	@Test
	void aPlanWithoutATitleOrScaleIsRefusedAndNothingIsMade() throws Exception {
		Document page = Pages.html(this.pages.post(Pages.ADMIN, path(), "title", " "));

		assertThat(page.title()).isEqualTo("Error: Make a priority action plan – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#title", "#scale");
		assertThat(this.jdbc.queryForObject("select count(*) from plan where inspection_id = ?", Integer.class,
				this.inspection.id())).isZero();
	}

	@Test
	void onlyAdministratorsSeeTheLinkOnTheInspection() throws Exception {
		String link = "a[href=" + path() + "/new]";
		assertThat(this.pages.page(Pages.ADMIN, "/inspections/" + this.inspection.id()).select(link)).hasSize(1);
		assertThat(this.pages.page(Pages.BOARD, "/inspections/" + this.inspection.id()).select(link)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void nobodyElseMakesOne(String email) throws Exception {
		assertThat(this.pages.get(email, path() + "/new").getResponse().getStatus()).isEqualTo(403);
		assertThat(this.pages.post(email, path(), "title", "x", "scale", "RAG_BLUE").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from plan where inspection_id = ?", Integer.class,
				this.inspection.id())).isZero();
	}

	private String path() {
		return "/inspections/" + this.inspection.id() + "/priority-action-plan";
	}

}
