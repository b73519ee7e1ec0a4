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
 * A plan's risk register as the programme office keeps it and the board reads it: a risk added and changed, read
 * back from the database, with its score, its rating in words and every change in its history; the form's errors;
 * the owner from the plan's own local area; the threshold; and who may see and change what.
 */
@IntegrationTest
class RiskWebTests {

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
	void aRiskAddedAndChangedIsReadBackWithItsScoreRatingAndHistory() throws Exception {
		long owner = GovernanceFixture.maxine(this.people);
		MvcResult added = this.pages.post(Pages.ADMIN, risks(), riskFields(String.valueOf(owner), "4", "4"));

		Document page = this.pages.follow(Pages.ADMIN, added);
		long riskId = this.jdbc.queryForObject("select id from risk where plan_id = ?", Long.class, this.plan.id());
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(risks() + "/" + riskId);
		assertThat(this.jdbc.queryForMap("select title, owner_id, likelihood, impact, score, target_score, review_date,"
				+ " status from risk where id = ?", riskId))
			.containsEntry("title", "Families lose trust in the plan")
			.containsEntry("owner_id", owner)
			.containsEntry("likelihood", 4)
			.containsEntry("impact", 4)
			.containsEntry("score", 16)
			.containsEntry("target_score", 6)
			.containsEntry("status", "OPEN");
		assertThat(page.title()).isEqualTo("Risk: Families lose trust in the plan – WSOA Tracker");
		assertThat(page.select("h1").eachText()).containsExactly("Risk: Families lose trust in the plan");
		assertThat(row(page, "Score and rating")).isEqualTo("16 (likelihood 4 × impact 4) High");
		assertThat(page.select("#risk .govuk-tag").text()).isEqualTo("High");
		assertThat(row(page, "Target score")).isEqualTo("6 (Medium)");
		assertThat(row(page, "Review date")).isEqualTo("30 June 2021");
		assertThat(page.select("#history tbody tr td:eq(2)").eachText()).contains("added risk: likelihood");

		MvcResult changed = this.pages.post(Pages.ADMIN, risks() + "/" + riskId,
				with(riskFields(String.valueOf(owner), "5", "4"), "version", "0"));
		Document after = this.pages.follow(Pages.ADMIN, changed);

		assertThat(this.jdbc.queryForObject("select score from risk where id = ?", Integer.class, riskId)).isEqualTo(20);
		assertThat(row(after, "Score and rating")).isEqualTo("20 (likelihood 5 × impact 4) Very high");
		assertThat(after.select("#history tbody tr").first().select("td").eachText())
			.containsSequence("changed risk: likelihood", "4", "5");
		assertThat(after.select("#history tbody tr").first().select("td").get(1).text()).isEqualTo(Pages.ADMIN);
		Document register = this.pages.page(Pages.BOARD, risks());
		assertThat(register.select("#risks tbody tr td").eachText()).contains("20 Very high", "Open");
		assertThat(register.select("#risk-matrix tbody tr:eq(0) td").eachText()).containsExactly("0", "0", "0", "1",
				"0");
		assertThat(register.select("#risk-matrix-picture text").eachText()).contains("1 risk", "Very high (20)");
	}

	@Test
	void aFormWithMistakesShowsEachWithTheInputKeptAndSavesNothing() throws Exception {
		MvcResult result = this.pages.post(Pages.ADMIN, risks(), "title", "Staff leave", "cause", "", "consequence",
				"x".repeat(5001), "ownerId", "", "mitigations", "Recruit", "likelihood", "7", "impact", "3",
				"targetScore", "26", "reviewDate.day", "31", "reviewDate.month", "2", "reviewDate.year", "2021", "status",
				"OPEN", "version", "0");

		Document page = Pages.html(result);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.title()).isEqualTo("Error: Add a risk – WSOA Tracker");
		assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly("Enter the cause",
				"Consequence must be 5000 characters or fewer", "Select the risk's owner", "Select the likelihood",
				"Target score must be a whole number from 1 to 25", "Review date must be a real date");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#cause", "#consequence",
				"#ownerId", "#likelihood", "#targetScore", "#reviewDate");
		assertThat(page.select("#cause-error").text()).isEqualTo("Error: Enter the cause");
		assertThat(page.select("#title").val()).isEqualTo("Staff leave");
		assertThat(page.select("#impact-3").hasAttr("checked")).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from risk where plan_id = ?", Integer.class,
				this.plan.id()))
			.isZero();
	}

	@Test
	void theOwnerMustBeAPersonOfThePlansLocalArea() throws Exception {
		long stranger = GovernanceFixture.stranger(this.people);

		Document page = Pages.html(this.pages.post(Pages.ADMIN, risks(), riskFields(String.valueOf(stranger), "2", "2")));

		assertThat(page.select("#ownerId-error").text()).isEqualTo("Error: Select the risk's owner");
		assertThat(page.select("#ownerId option").eachAttr("value")).doesNotContain(String.valueOf(stranger))
			.contains(String.valueOf(GovernanceFixture.maxine(this.people)));
		assertThat(this.jdbc.queryForObject("select count(*) from risk where plan_id = ?", Integer.class,
				this.plan.id()))
			.isZero();
	}

	@Test
	void theThresholdIsAPlanSettingFromOneToTwentyFive() throws Exception {
		assertThat(this.pages.page(Pages.BOARD, risks()).select("#threshold").text()).contains("above 15");

		Document refused = Pages.html(this.pages.post(Pages.ADMIN, risks() + "/threshold", "threshold", "30"));
		assertThat(refused.select("#threshold-error").text())
			.isEqualTo("Error: Threshold must be a whole number from 1 to 25");

		this.pages.post(Pages.ADMIN, risks() + "/threshold", "threshold", "9");
		assertThat(this.jdbc.queryForObject("select risk_threshold from plan_governance where plan_id = ?",
				Integer.class, this.plan.id()))
			.isEqualTo(9);
		assertThat(this.pages.page(Pages.BOARD, risks()).select("#threshold").text()).contains("above 9");
	}

	@Test
	void onlyAdministratorsChangeTheRegisterTheBoardReadsItLeadsAndScrutinySeeNothing() throws Exception {
		this.pages.post(Pages.ADMIN, risks(), riskFields(String.valueOf(GovernanceFixture.maxine(this.people)), "3",
				"3"));
		long riskId = this.jdbc.queryForObject("select id from risk where plan_id = ?", Long.class, this.plan.id());
		String risk = risks() + "/" + riskId;
		List<String> reads = List.of(risks(), risk);
		List<String> adminPages = List.of(risks() + "/new", risk + "/edit", risks() + "/threshold");
		for (String path : reads) {
			assertThat(status(Pages.ADMIN, path)).as(path).isEqualTo(200);
			assertThat(status(Pages.BOARD, path)).as(path).isEqualTo(200);
		}
		for (String path : adminPages) {
			assertThat(status(Pages.ADMIN, path)).as(path).isEqualTo(200);
			assertThat(status(Pages.BOARD, path)).as(path).isEqualTo(403);
		}
		for (String path : concat(reads, adminPages)) {
			assertThat(status(Pages.LEAD, path)).as(path).isEqualTo(403);
			assertThat(status(Pages.SCRUTINY, path)).as(path).isEqualTo(403);
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getRedirectedUrl())
				.as(path)
				.endsWith("/login");
		}
		String[] change = with(riskFields(String.valueOf(GovernanceFixture.karen(this.people)), "1", "1"), "version",
				"0");
		for (String email : List.of(Pages.BOARD, Pages.LEAD, Pages.SCRUTINY)) {
			assertThat(this.pages.post(email, risks(), change).getResponse().getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, risk, change).getResponse().getStatus()).isEqualTo(403);
			assertThat(this.pages.post(email, risks() + "/threshold", "threshold", "3").getResponse().getStatus())
				.isEqualTo(403);
		}
		assertThat(this.pages.postWithoutCsrf(Pages.ADMIN, risk, change).getResponse().getStatus()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from risk where plan_id = ?", Integer.class,
				this.plan.id()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select score from risk where id = ?", Integer.class, riskId)).isEqualTo(9);
		assertThat(this.jdbc.queryForList("select plan_id from plan_governance where plan_id = ?", Long.class,
				this.plan.id()))
			.isEmpty();
		PlanView other = this.testPlans.create();
		assertThat(status(Pages.ADMIN, "/plans/" + other.id() + "/risks/" + riskId)).isEqualTo(404);
		assertThat(this.pages.get(Pages.BOARD, "/plans/" + this.plan.id()).getResponse().getContentAsString())
			.contains("href=\"" + risks() + "\"");
		assertThat(Pages.html(this.pages.get(Pages.LEAD, "/plans/" + this.plan.id())).select("#governance-links"))
			.isEmpty();
	}

	private int status(String email, String path) throws Exception {
		return this.pages.get(email, path).getResponse().getStatus();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

	private String risks() {
		return "/plans/" + this.plan.id() + "/risks";
	}

	private static String row(Document page, String key) {
		return page.select(".govuk-summary-list__row:has(dt:containsOwn(" + key + ")) dd").first().text();
	}

	static String[] with(String[] fields, String... more) {
		String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
		System.arraycopy(more, 0, all, fields.length, more.length);
		return all;
	}

	private static String[] riskFields(String ownerId, String likelihood, String impact) {
		return new String[] { "title", "Families lose trust in the plan", "cause", "Slow progress on EHC plans",
				"consequence", "Families stop taking part", "ownerId", ownerId, "mitigations", "Monthly forum meetings",
				"likelihood", likelihood, "impact", impact, "targetScore", "6", "reviewDate.day", "30",
				"reviewDate.month", "6", "reviewDate.year", "2021", "status", "OPEN" };
	}

}
