package org.wsoatracker.governance.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversight of a plan by DfE and NHS England as the programme office records it: a review meeting, the accountable
 * officers and the advisers read back from the database and shown to the board; errors; roles.
 */
@IntegrationTest
class OversightWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	PeopleService people;

	SignedInPages pages;

	PlanView plan;

	@BeforeEach
	void setUp() {
		this.pages = new SignedInPages(this.mvc);
		this.plan = this.testPlans.create();
	}

	@Test
	void aReviewOfficersAndAdvisersAreReadBackAndShownToTheBoard() throws Exception {
		String base = "/plans/" + this.plan.id();
		MvcResult added = this.pages.post(Pages.ADMIN, base + "/oversight-reviews", "heldOn.day", "3", "heldOn.month",
				"11", "heldOn.year", "2021", "attended", "DfE SEND adviser; NHS England adviser", "outcomeSummary",
				"Good progress on co-production", "actionsAgreed", "Review EHC plan timeliness in March", "version", "0");
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(base + "/oversight");
		assertThat(this.jdbc.queryForMap("select held_on, attended, outcome_summary, actions_agreed from "
				+ "oversight_review where plan_id = ?", this.plan.id()))
			.containsEntry("held_on", java.sql.Date.valueOf("2021-11-03"))
			.containsEntry("attended", "DfE SEND adviser; NHS England adviser")
			.containsEntry("outcome_summary", "Good progress on co-production")
			.containsEntry("actions_agreed", "Review EHC plan timeliness in March");
		long maxine = GovernanceFixture.maxine(this.people);
		this.pages.post(Pages.ADMIN, base + "/oversight/officers", "officerIds", String.valueOf(maxine));
		assertThat(this.jdbc.queryForList("select person_id from plan_accountable_officer where plan_id = ?",
				Long.class, this.plan.id()))
			.containsExactly(maxine);
		this.pages.post(Pages.ADMIN, base + "/advisers", "name", "Ann Adviser", "organisation",
				"Department for Education");

		Document page = this.pages.page(Pages.BOARD, base + "/oversight");
		assertThat(page.select("h1").text()).isEqualTo("Oversight – " + this.plan.title());
		assertThat(page.select("#reviews h3").eachText()).containsExactly("Review, 3 November 2021");
		assertThat(page.select("#reviews dd").eachText()).contains("Good progress on co-production",
				"Review EHC plan timeliness in March");
		assertThat(page.select("#accountable-officers li").text()).startsWith("Maxine Squire (CYC)");
		assertThat(page.select("#advisers tbody td").eachText()).containsExactly("Ann Adviser",
				"Department for Education");
		assertThat(page.select("#advisers form")).isEmpty();

		long adviserId = this.jdbc.queryForObject("select id from plan_adviser where plan_id = ?", Long.class,
				this.plan.id());
		assertThat(this.pages.post(Pages.BOARD, base + "/advisers/" + adviserId + "/remove").getResponse().getStatus())
			.isEqualTo(403);
		this.pages.post(Pages.ADMIN, base + "/advisers/" + adviserId + "/remove");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_adviser where plan_id = ?", Integer.class,
				this.plan.id()))
			.isZero();
	}

	@Test
	void mistakesAreShownAndNothingIsSaved() throws Exception {
		String base = "/plans/" + this.plan.id();
		Document review = Pages.html(this.pages.post(Pages.ADMIN, base + "/oversight-reviews", "heldOn.day", "",
				"heldOn.month", "", "heldOn.year", "", "attended", "", "outcomeSummary", "x".repeat(5001),
				"actionsAgreed", "", "version", "0"));
		assertThat(review.select(".govuk-error-summary a").eachText()).containsExactly("Enter the date of the review",
				"Enter who attended", "Outcome letter summary must be 5000 characters or fewer");
		assertThat(review.select("#outcomeSummary").text()).hasSize(5001);
		long stranger = GovernanceFixture.stranger(this.people);
		Document officers = Pages.html(this.pages.post(Pages.ADMIN, base + "/oversight/officers",
				"officerIds", String.valueOf(stranger)));
		assertThat(officers.select("#officerIds-error").text())
			.isEqualTo("Error: Select the accountable officers from the people listed");
		Document adviser = Pages.html(this.pages.post(Pages.ADMIN, base + "/advisers", "name", " ", "organisation",
				"y".repeat(301)));
		assertThat(adviser.select(".govuk-error-summary a").eachText()).containsExactly("Enter the adviser's name",
				"Organisation must be 300 characters or fewer");
		assertThat(this.jdbc.queryForObject("select (select count(*) from oversight_review where plan_id = ?)"
				+ " + (select count(*) from plan_accountable_officer where plan_id = ?)"
				+ " + (select count(*) from plan_adviser where plan_id = ?)", Integer.class, this.plan.id(),
				this.plan.id(), this.plan.id()))
			.isZero();
	}

	@Test
	void onlyAdministratorsRecordOversightTheBoardReadsItLeadsAndScrutinySeeNothing() throws Exception {
		String base = "/plans/" + this.plan.id();
		this.pages.post(Pages.ADMIN, base + "/oversight-reviews", "heldOn.day", "3", "heldOn.month", "11",
				"heldOn.year", "2021", "attended", "DfE", "version", "0");
		long reviewId = this.jdbc.queryForObject("select id from oversight_review where plan_id = ?", Long.class,
				this.plan.id());
		List<String> adminPages = List.of(base + "/oversight-reviews/new",
				base + "/oversight-reviews/" + reviewId + "/edit", base + "/oversight/officers",
				base + "/advisers/new");
		assertThat(this.pages.get(Pages.BOARD, base + "/oversight").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.pages.get(Pages.ADMIN, base + "/oversight").getResponse().getStatus()).isEqualTo(200);
		for (String path : adminPages) {
			assertThat(this.pages.get(Pages.ADMIN, path).getResponse().getStatus()).as(path).isEqualTo(200);
			assertThat(this.pages.get(Pages.BOARD, path).getResponse().getStatus()).as(path).isEqualTo(403);
		}
		for (String path : java.util.stream.Stream.concat(java.util.stream.Stream.of(base + "/oversight"),
				adminPages.stream()).toList()) {
			assertThat(this.pages.get(Pages.LEAD, path).getResponse().getStatus()).as(path).isEqualTo(403);
			assertThat(this.pages.get(Pages.SCRUTINY, path).getResponse().getStatus()).as(path).isEqualTo(403);
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getRedirectedUrl())
				.as(path)
				.endsWith("/login");
		}
		for (String email : List.of(Pages.BOARD, Pages.LEAD, Pages.SCRUTINY)) {
			assertThat(this.pages.post(email, base + "/oversight-reviews/" + reviewId, "heldOn.day", "4",
					"heldOn.month", "11", "heldOn.year", "2021", "attended", "Changed", "version", "0")
				.getResponse()
				.getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, base + "/oversight-reviews", "heldOn.day", "4", "heldOn.month", "11",
					"heldOn.year", "2021", "attended", "Changed", "version", "0").getResponse().getStatus())
				.isEqualTo(403);
			assertThat(this.pages.post(email, base + "/oversight/officers").getResponse().getStatus())
				.isEqualTo(403);
			assertThat(this.pages.post(email, base + "/advisers", "name", "A", "organisation", "B")
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("select attended from oversight_review where id = ?", String.class,
				reviewId))
			.isEqualTo("DfE");
		assertThat(this.jdbc.queryForObject("select count(*) from oversight_review where plan_id = ?", Integer.class,
				this.plan.id()))
			.isEqualTo(1);
		PlanView other = this.testPlans.create();
		assertThat(this.pages.get(Pages.ADMIN, "/plans/" + other.id() + "/oversight-reviews/" + reviewId + "/edit")
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
