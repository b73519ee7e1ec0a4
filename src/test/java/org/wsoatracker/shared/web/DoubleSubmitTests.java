package org.wsoatracker.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;
import org.jsoup.Connection.KeyVal;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent ten times at once, as a double click or a resent request does: each create form, opened as a person
 * would open it (with its one-time token), creates one record, and every one of the ten answers is the same redirect,
 * never a failure.
 */
@IntegrationTest
class DoubleSubmitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	TestPlans testPlans;

	@Test
	void aLocalAreaSentTenTimesAtOnceIsAddedOnce() throws Exception {
		String code = SignedInPages.unique("TWICE");
		sendTenTimes("/local-areas/new", Map.of("name", "Twice-shire", "code", code),
				"select count(*) from local_area where code = '" + code + "'");
	}

	@Test
	void anInvitationSentTenTimesAtOnceMakesOneAccount() throws Exception {
		String email = SignedInPages.unique("twice").toLowerCase() + "@council.example.org";
		sendTenTimes("/accounts/invite", Map.of("name", "Twice Invited", "email", email, "role", "BOARD", "person", "", "localAreas",
				String.valueOf(this.people.findLocalAreaByCode("YORK").orElseThrow().id())),
				"select count(*) from account where email = '" + email + "'");
		assertThat(this.jdbc.queryForObject("select count(*) from account_token t join account a on a.id = t.account_id "
				+ "where a.email = ?", Integer.class, email)).isEqualTo(1);
	}

	@Test
	void theSameFormSentAgainWithOtherAnswersIsHandledAsANewRequest() throws Exception {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("BK"), "Back-shire");
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		Document page = Pages.html(this.mvc
			.perform(MockMvcRequestBuilders.get("/local-areas/" + area.id() + "/organisations/new").cookie(admin))
			.andReturn());
		String token = page.select("main form input[name=_submission]").val();
		assertThat(token).isNotBlank();

		for (String code : List.of("ONE", "TWO", "TWO")) {
			MvcResult answer = this.mvc.perform(MockMvcRequestBuilders.post("/local-areas/" + area.id() + "/organisations")
				.cookie(admin)
				.param("_csrf", page.select("main form input[name=_csrf]").val())
				.param("_submission", token)
				.param("code", code)
				.param("name", "Council " + code)
				.param("kind", "COUNCIL")).andReturn();
			assertThat(answer.getResponse().getStatus()).isEqualTo(302);
		}

		assertThat(this.jdbc.queryForList("select code from organisation where local_area_id = ? order by code",
				String.class, area.id())).containsExactly("ONE", "TWO");
	}

	@Test
	void anOrganisationAndAPersonSentTenTimesAtOnceAreAddedOnce() throws Exception {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("DS"), "Double-shire");
		sendTenTimes("/local-areas/" + area.id() + "/organisations/new",
				Map.of("code", "DSC", "name", "Double-shire Council", "kind", "COUNCIL"),
				"select count(*) from organisation where local_area_id = " + area.id());

		OrganisationView council = this.people.organisations(area.id()).get(0);
		assertThat(council.kind()).isEqualTo(OrganisationKind.COUNCIL);
		sendTenTimes("/local-areas/" + area.id() + "/people/new",
				Map.of("initials", "D.S", "name", "Dee Sent", "organisation", String.valueOf(council.id()), "roleTitle",
						"Head of SEND", "group", "STRATEGIC"),
				"select count(*) from person where local_area_id = " + area.id());
	}

	@Test
	void findingsWeaknessesAreasAndPeriodsSentTenTimesAtOnceAreAddedOnce() throws Exception {
		PlanView plan = this.testPlans.create();
		long inspection = plan.inspection().id();
		String text = "Sent twice " + SignedInPages.unique("T");
		sendTenTimes("/inspections/" + inspection + "/findings/new",
				Map.of("heading", "Main findings", "kind", "STRENGTH", "text", text),
				"select count(*) from inspection_finding where text = '" + text + "'");
		sendTenTimes("/inspections/" + inspection + "/weaknesses/new", Map.of("number", "90", "text", text),
				"select count(*) from inspection_weakness where text = '" + text + "'");
		sendTenTimes("/plans/" + plan.id() + "/areas/new", Map.of("number", "7", "title", text, "weaknessIds",
				String.valueOf(plan.inspection().weaknesses().get(2).id()), "weaknessText", "Children are not heard"),
				"select count(*) from plan_area where title = '" + text + "'");
		sendTenTimes("/plans/" + plan.id() + "/periods",
				Map.of("month.month", "3", "month.year", "2031", "dueDate.day", "10", "dueDate.month", "4",
						"dueDate.year", "2031"),
				"select count(*) from reporting_period where plan_id = " + plan.id());
	}

	/**
	 * Opens the form as the programme office, fills it in, sends it ten times at once and checks that one record was
	 * added and each answer was the same redirect.
	 */
	private void sendTenTimes(String formPage, Map<String, String> values, String count) throws Exception {
		Cookie admin = Pages.signIn(this.mvc, Pages.ADMIN);
		Document page = Pages.html(this.mvc.perform(MockMvcRequestBuilders.get(formPage).cookie(admin)).andReturn());
		FormElement form = page.select("main form[method=post]")
			.stream()
			.filter(candidate -> !candidate.select("input[name=_submission]").isEmpty()
					&& !candidate.attr("action").endsWith("/close") && !candidate.attr("action").endsWith("/delete"))
			.map(FormElement.class::cast)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("No form with a one-time token on " + formPage));
		Map<String, String> fields = new LinkedHashMap<>();
		for (KeyVal field : form.formData()) {
			fields.putIfAbsent(field.key(), field.value());
		}
		fields.putAll(values);
		int before = this.jdbc.queryForObject(count, Integer.class);

		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<MvcResult> answers = new ArrayList<>();
		try {
			List<Callable<MvcResult>> sends = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				sends.add(() -> {
					MockHttpServletRequestBuilder post = MockMvcRequestBuilders.post(form.attr("action")).cookie(admin);
					fields.forEach(post::param);
					return this.mvc.perform(post).andReturn();
				});
			}
			for (Future<MvcResult> answer : pool.invokeAll(sends)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(this.jdbc.queryForObject(count, Integer.class))
			.as("records added from %s: %s", formPage,
					Pages.html(answers.get(0)).select(".govuk-error-summary").text())
			.isEqualTo(before + 1);
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getStatus()).isEqualTo(302));
		assertThat(answers.stream().map(answer -> answer.getResponse().getRedirectedUrl()).distinct()).hasSize(1);
	}

}
