package org.wsoatracker.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.LocalAreaDetails;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanSummary;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Improvement Board's dashboards as people see them, on the York demo plan: its areas, actions, review points
 * and exceptions; and who may see them.
 */
@IntegrationTest
class DashboardWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	long york;

	@BeforeEach
	void findYork() {
		this.york = this.plans.plans()
			.stream()
			.filter(plan -> plan.title().equals("York written statement of action"))
			.findFirst()
			.map(PlanSummary::id)
			.orElseThrow();
	}

	@Test
	void yorkDashboardShowsAreasActionsReviewPointsAndExceptions() throws Exception {
		Document page = page("/plans/" + this.york + "/dashboard", Pages.BOARD);
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo("Dashboard: York written statement of action");

		// (a) each of the 4 areas: a stacked bar whose segments carry count and word, and a table of counts
		assertThat(page.select("section.app-area-status")).hasSize(4);
		int actionsInBars = 0;
		for (Element area : page.select("section.app-area-status")) {
			int total = 0;
			for (Element row : area.select("tbody tr")) {
				total += Integer.parseInt(row.select("td").get(0).text());
			}
			assertThat(area.select(".app-stacked-bar__segment")).isNotEmpty().allSatisfy(segment -> {
				assertThat(segment.text()).matches("\\d+ \\D+");
				assertThat(segment.className()).containsPattern("app-width-\\d+");
			});
			actionsInBars += area.select(".app-stacked-bar__segment")
				.stream()
				.mapToInt(segment -> Integer.parseInt(segment.text().split(" ")[0]))
				.sum();
			assertThat(area.select(".app-stacked-bar__segment")
				.stream()
				.mapToInt(segment -> Integer.parseInt(segment.text().split(" ")[0]))
				.sum()).isEqualTo(total);
		}
		assertThat(actionsInBars).isEqualTo(12);

		// (b) the heatmap: 12 actions by the 5 review points, a word in every cell
		Element heatmap = page.selectFirst("table.app-heatmap--every-month");
		assertThat(heatmap.select("thead th").eachText()).containsExactly("Action", "May 20", "Aug 20", "Nov 20",
				"Feb 21", "May 21 (open)");
		assertThat(heatmap.select("tbody tr")).hasSize(12);
		assertThat(heatmap.select("tbody th").eachText()).startsWith("1.1").endsWith("4.2");
		assertThat(heatmap.select("tbody td")).hasSize(12 * 5)
			.allSatisfy(cell -> assertThat(cell.select("strong.govuk-tag").text()).isNotBlank());
		assertThat(heatmap.select("tbody td").eachText()).contains("No update", "Progressing and on track");

		// (c) exceptions as at the latest period, May 2021, each with its reasons in words and a link to the action's
		// updates: its drafts are no update, and the board's challenge of August 2020 is another period's
		assertThat(page.select("tr.app-exception")).isNotEmpty().allSatisfy(row -> {
			assertThat(row.select("a").attr("href")).matches("/actions/\\d+/updates");
			assertThat(row.select("li")).isNotEmpty();
		});
		assertThat(page.select("tr.app-exception li").eachText())
			.contains("No update this period: the update for this period was due and has not been submitted")
			.anyMatch(reason -> reason.startsWith("Rated Progressing but delayed"))
			.noneMatch(reason -> reason.startsWith("The board challenged"));

		// (d) and (e)
		assertThat(page.select("#changes table").first().select("caption").text())
			.startsWith("May 2021 compared with February 2021");
		assertThat(page.select(".govuk-summary-list__key").eachText()).contains("Updates for May 2021 due");

		// measures of success: baseline and target in words, an actual per period judged in words, the numbers in
		// data attributes for the chart, and the chart's script loaded from this server only
		assertThat(page.select("section.app-measure")).isNotEmpty().allSatisfy(measure -> {
			assertThat(measure.select("p").text()).contains("Baseline").contains("→ target");
			Element table = measure.selectFirst("table.app-measure-table");
			assertThat(table.attr("data-target")).isNotBlank();
			assertThat(table.select("tbody tr")).hasSize(5);
			assertThat(table.select("tbody tr").eachAttr("data-period")).containsExactly("May 20", "Aug 20", "Nov 20",
					"Feb 21", "May 21");
		});
		assertThat(page.select("table.app-measure-table tbody td").eachText()).contains("On track");
		assertThat(page.select("section.app-measure p").eachText())
			.anyMatch(text -> text.contains("(the first actual reported)"));
		assertThat(page.select("script[src]").eachAttr("src")).contains("/webjars/chart.js/4.5.1/dist/chart.umd.min.js",
				"/js/measures-chart.js");
	}

	@Test
	void theDashboardOpensWithItsHeadlineThenTheDetailInSections() throws Exception {
		Document page = page("/plans/" + this.york + "/dashboard", Pages.BOARD);
		Element main = page.selectFirst("main");
		// the h1, then the summary before any filter or section
		assertThat(main.select("h1, h2").first().tagName()).isEqualTo("h1");
		assertThat(main.select("h2").first().text()).isEqualTo("Summary");
		Element summary = main.selectFirst("dl.app-dashboard-summary");
		assertThat(summary.select("dt").eachText()).containsExactly("12 actions", "Exceptions", "Decisions waiting",
				"Next deadline");
		assertThat(summary.select(".app-dashboard-summary__statuses li")
			.stream()
			.mapToInt(li -> Integer.parseInt(li.text().split(" ")[0]))
			.sum()).isEqualTo(12);
		// the same count of exceptions as the section lists, in words that agree with it
		int exceptions = page.select("tr.app-exception").size();
		assertThat(summary.select(".app-dashboard-summary__exceptions a").text())
			.isEqualTo(exceptions + (exceptions == 1 ? " action needs" : " actions need") + " the board's attention");
		assertThat(summary.select(".app-dashboard-summary__deadline dd").text()).isNotBlank();
		assertThat(summary.select(".app-dashboard-summary__decisions dd").text())
			.matches("No update is waiting for the board's decision|.*: 1 update is waiting for the board's decision"
					+ "|.*: \\d+ updates are waiting for the board's decision");
		// the detail: GOV.UK accordion sections, each with its heading, the filter in a details element
		assertThat(page.select(".govuk-accordion[data-module=govuk-accordion] .govuk-accordion__section-heading")
			.eachText()).containsExactly("Actions by status in each area", "Status at each review point", "Exceptions",
					"What changed since the previous period", "Deadlines and actions ending soon",
					"Measures of success");
		assertThat(page.select("details.govuk-details summary").eachText()).contains("Show only some actions",
				"Show every month");
		// review points by default, every month on request; each wide table in its own labelled scrolling region
		assertThat(page.select("table.app-heatmap--review-points thead th").eachText()).first().isEqualTo("Action");
		assertThat(page.select("div.app-table-scroll[role=region][tabindex=0]:has(> table.app-heatmap)"))
			.hasSize(2)
			.allSatisfy(region -> assertThat(region.attr("aria-label")).isNotBlank());
		assertThat(page.select("main table")).allSatisfy(table -> assertThat(table.parent().hasClass("app-table-scroll"))
			.as("table %s in a scrolling region", table.selectFirst("caption")).isTrue());
	}

	@Test
	void boardHomeListsEveryPlanWithItsHeadlineAndLinksToItsDashboard() throws Exception {
		Document page = page("/dashboard", Pages.BOARD);
		assertThat(page.select("h1").text()).isEqualTo("Dashboard");
		Element york = page.select("tr.app-plan-headline")
			.stream()
			.filter(row -> row.select("a").text().equals("York written statement of action"))
			.findFirst()
			.orElseThrow();
		assertThat(york.select("a").attr("href")).isEqualTo("/plans/" + this.york + "/dashboard");
		assertThat(york.text()).contains("12 actions");
		assertThat(york.select("li").stream().mapToInt(li -> Integer.parseInt(li.text().split(" ")[0])).sum())
			.isEqualTo(12);
		assertThat(Integer.parseInt(york.select("td.govuk-table__cell--numeric").text())).isPositive();
		assertThat(page.select("nav a").eachText()).contains("Dashboard");
	}

	@Test
	void theFilterIsKeptInTheQueryStringAndNarrowsTheActions() throws Exception {
		Document page = page("/plans/" + this.york + "/dashboard?area=2&status=&organisation=&lead=", Pages.BOARD);
		assertThat(page.select("table.app-heatmap--every-month tbody th").eachText()).isNotEmpty()
			.allSatisfy(number -> assertThat(number).startsWith("2."));
		assertThat(page.select("section.app-area-status h3").eachText()).hasSize(1)
			.allSatisfy(title -> assertThat(title).startsWith("Area for improvement 2"));
		assertThat(page.select("#area option[selected]").attr("value")).isEqualTo("2");
		assertThat(page.select("form.app-dashboard-filter").attr("method")).isEqualTo("get");

		Document none = page("/plans/" + this.york + "/dashboard?area=2&status=NOT_A_STATUS", Pages.BOARD);
		assertThat(none.select("table.app-heatmap--every-month tbody tr")).isEmpty();
		assertThat(none.text()).contains("No action matches.");

		Document ignored = page("/plans/" + this.york + "/dashboard?area=two&lead=x", Pages.BOARD);
		assertThat(ignored.select("table.app-heatmap--every-month tbody tr")).hasSize(12);
	}

	@Test
	void aPlanNotSubmittedByItsDeadlineSaysSoInsteadOfNoneSet() throws Exception {
		LocalAreaView area = this.people
			.createLocalArea(new LocalAreaDetails(SignedInPages.unique("LATE"), "Late submission area"));
		long inspection = this.inspections.createInspection(new NewInspectionCommand(area.id(),
				new InspectionDetails(InspectionFramework.AREA_SEND_2023, LocalDate.of(2021, 11, 1),
						LocalDate.of(2021, 11, 5), LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 10),
						InspectionOutcome.WIDESPREAD_OR_SYSTEMIC_FAILINGS),
				List.of(), List.of()))
			.id();
		PlanDetails details = new PlanDetails(PlanKind.PRIORITY_ACTION_PLAN, "Late plan " + area.code(),
				PlanStatus.DRAFT, "RAG_BLUE", null, null, null, null);
		long planId = this.plans.createPlan(new NewPlanCommand(inspection, details, List.of(), List.of(), List.of(),
				List.of()))
			.id();
		PlanView plan = this.plans.overrideDeadline(planId, this.plans.plan(planId).version(), LocalDate.of(2022, 4, 1),
				"Agreed with the Department for Education");

		Element row = headline(page("/dashboard", Pages.BOARD), plan.title());
		assertThat(row.select("td").last().text()).isEqualTo("Deadline passed 1 April 2022 \u2014 not submitted");
		Document dashboard = page("/plans/" + planId + "/dashboard", Pages.BOARD);
		assertThat(dashboard.select("#dates dl .govuk-summary-list__row").eachText())
			.contains("Plan submission deadline passed \u2014 not submitted 1 April 2022");

		// once submitted, the passed deadline is no longer news: nothing else is due
		this.plans.updatePlanDetails(planId, plan.version(), new PlanDetails(details.kind(), details.title(),
				PlanStatus.SUBMITTED, details.scaleCode(), null, null, null, null), List.of());
		assertThat(headline(page("/dashboard", Pages.BOARD), plan.title()).select("td").last().text())
			.isEqualTo("None set");
		assertThat(page("/plans/" + planId + "/dashboard", Pages.BOARD)
			.select("#dates dl .govuk-summary-list__row")
			.eachText()).contains("Plan submission deadline 1 April 2022");
	}

	@Test
	void everyTagColourOnTheDashboardsIsOneThatGovukFrontend6Has() throws Exception {
		String css = new String(getClass().getResourceAsStream("/static/css/app.css").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		for (String url : List.of("/dashboard", "/plans/" + this.york + "/dashboard")) {
			Document page = page(url, Pages.BOARD);
			List<String> modifiers = page.select("[class*=govuk-tag--]")
				.stream()
				.flatMap(element -> element.classNames().stream())
				.filter(name -> name.startsWith("govuk-tag--"))
				.distinct()
				.toList();
			assertThat(modifiers).isNotEmpty().allSatisfy(name -> assertThat(css).contains("." + name + "{"));
		}
		// "Completed" (blue on the plan's scale) is the default tag, which has no modifier in GOV.UK Frontend 6
		Document dashboard = page("/plans/" + this.york + "/dashboard", Pages.BOARD);
		assertThat(dashboard.select(".app-heatmap strong.govuk-tag:contains(Completed)"))
			.allSatisfy(tag -> assertThat(tag.className()).isEqualTo("govuk-tag"));
	}

	private static Element headline(Document board, String title) {
		return board.select("tr.app-plan-headline")
			.stream()
			.filter(row -> row.select("a").text().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No headline for " + title));
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void theBoardTheOfficeAndLeadsMaySeeTheDashboards(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(get("/plans/" + this.york + "/dashboard").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void theScrutinyCommitteeMayNotSeeTheDashboards() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.SCRUTINY);
		this.mvc.perform(get("/dashboard").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/plans/" + this.york + "/dashboard").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownPlanIsNotFound() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.BOARD);
		this.mvc.perform(get("/plans/999999/dashboard").cookie(session)).andExpect(status().isNotFound());
	}

	private Document page(String url, String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		return Pages.html(this.mvc.perform(get(url).cookie(session)).andExpect(status().isOk()).andReturn());
	}

}
