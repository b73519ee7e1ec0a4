package org.wsoatracker.plan;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read API, on the demo data transcribed from the York and North Yorkshire seed documents.
 */
@IntegrationTest
class PlanApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void listsTheYorkWrittenStatementWithItsDeadline() throws Exception {
		String json = read("/api/plans", Pages.BOARD);

		List<String> titles = JsonPath.read(json, "$[*].title");
		assertThat(titles).contains("York written statement of action", "North Yorkshire SEND strategic plan update");
		List<String> deadlines = JsonPath.read(json, "$[?(@.title == 'York written statement of action')].submissionDeadline");
		assertThat(deadlines).containsExactly("2020-06-01");
		List<String> kinds = JsonPath.read(json, "$[?(@.title == 'York written statement of action')].kind");
		assertThat(kinds).containsExactly("WRITTEN_STATEMENT_OF_ACTION");
		List<String> areas = JsonPath.read(json, "$[?(@.title == 'York written statement of action')].localAreaName");
		assertThat(areas).containsExactly("York");
	}

	@Test
	void yorkPlanHasFourAreasAndTwelveNumberedActions() throws Exception {
		String json = read("/api/plans/" + yorkPlanId(), Pages.LEAD);

		assertThat((List<Object>) JsonPath.read(json, "$.areas")).hasSize(4);
		assertThat((List<String>) JsonPath.read(json, "$.areas[*].actions[*].number")).containsExactly("1.1", "1.2",
				"1.3", "1.4", "1.5", "2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2");
		assertThat((String) JsonPath.read(json, "$.submissionDeadline")).isEqualTo("2020-06-01");
		assertThat((String) JsonPath.read(json, "$.deadline.computed")).isEqualTo("2020-06-01");
		assertThat((Integer) JsonPath.read(json, "$.deadline.workingDays")).isEqualTo(70);
		assertThat((List<String>) JsonPath.read(json, "$.reviewPoints")).containsExactly("2020-05", "2020-08", "2020-11",
				"2021-02", "2021-05");
		assertThat((List<Integer>) JsonPath.read(json, "$.areas[*].weaknesses[*].number")).containsExactly(1, 2, 3, 4);
		assertThat((String) JsonPath.read(json, "$.areas[1].weaknesses[0].text"))
			.startsWith("Joint commissioning of services");
		assertThat((List<Integer>) JsonPath.read(json, "$.inspection.weaknesses[*].number")).contains(1, 2, 3, 4);
	}

	@Test
	void everyNodeHasItsIdAndDatesTheirPrecision() throws Exception {
		String json = read("/api/plans/" + yorkPlanId(), Pages.ADMIN);

		assertThat((Object) JsonPath.read(json, "$.areas[0].id")).isNotNull();
		String action = "$.areas[0].actions[?(@.number == '1.1')]";
		assertThat((List<Object>) JsonPath.read(json, action + ".id")).hasSize(1);
		assertThat((List<String>) JsonPath.read(json, action + ".start.date")).containsExactly("2020-02-01");
		assertThat((List<String>) JsonPath.read(json, action + ".start.precision")).containsExactly("MONTH");
		assertThat((List<String>) JsonPath.read(json, action + ".end.date")).containsExactly("2020-07-01");
		assertThat((List<String>) JsonPath.read(json, action + ".leads[*].initials")).containsExactly("M.S", "K.McN");
		assertThat((List<String>) JsonPath.read(json, action + ".leads[*].name")).containsExactly("Maxine Squire",
				"Karen McNicholas");
		assertThat((List<String>) JsonPath.read(json, action + ".leads[*].organisationCode")).containsExactly("CYC",
				"CCG");
		String jsna = "$.areas[0].actions[?(@.number == '1.3')]";
		assertThat((List<String>) JsonPath.read(json, jsna + ".subActions[*].label")).containsExactly("A", "B");
		assertThat((List<Object>) JsonPath.read(json, jsna + ".subActions[*].id")).hasSize(2);
		assertThat((List<String>) JsonPath.read(json, jsna + ".subActions[*].phase")).containsExactly("Phase 1",
				"Phase 2");
		String statutoryAdvice = "$.areas[3].actions[?(@.number == '4.2')].measures[*]";
		assertThat((List<Double>) JsonPath.read(json, statutoryAdvice + ".target")).contains(90.0);
		assertThat((List<String>) JsonPath.read(json, statutoryAdvice + ".targetMonth")).contains("2020-12");
	}

	@Test
	void theApiIsDocumentedForEveryRoleThatMayUseIt() throws Exception {
		for (String email : List.of(Pages.ADMIN, Pages.BOARD, Pages.LEAD)) {
			org.jsoup.nodes.Document page = Pages.html(this.mvc.perform(get("/api").cookie(Pages.signIn(this.mvc, email)))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page.select("h1").text()).isEqualTo("Read API");
			assertThat(page.select("code").eachText()).contains("GET /api/plans", "GET /api/plans/{id}");
		}
		this.mvc.perform(get("/api").cookie(Pages.signIn(this.mvc, Pages.SCRUTINY))).andExpect(status().isForbidden());
	}

	@Test
	void scrutinyCommitteeCannotReadTheApi() throws Exception {
		Cookie scrutiny = Pages.signIn(this.mvc, Pages.SCRUTINY);

		this.mvc.perform(get("/api/plans").cookie(scrutiny)).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/plans/" + yorkPlanId()).cookie(scrutiny)).andExpect(status().isForbidden());
	}

	@Test
	void signedOutRequestsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/api/plans")).andExpect(status().is3xxRedirection());
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.ADMIN, Pages.BOARD, Pages.LEAD })
	void unknownPlanIsNotFound(String email) throws Exception {
		this.mvc.perform(get("/api/plans/999999").cookie(Pages.signIn(this.mvc, email)))
			.andExpect(status().isNotFound());
	}

	private long yorkPlanId() throws Exception {
		List<Integer> ids = JsonPath.read(read("/api/plans", Pages.ADMIN),
				"$[?(@.title == 'York written statement of action')].id");
		return ids.get(0);
	}

	private String read(String path, String email) throws Exception {
		return this.mvc.perform(get(path).cookie(Pages.signIn(this.mvc, email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
