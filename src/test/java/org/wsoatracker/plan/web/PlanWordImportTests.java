package org.wsoatracker.plan.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.WeaknessView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Creating a plan from the written statement's Word document: York's action-plan table, built here as the council
 * wrote it, becomes York's plan as the demo holds it; a layout whose headings are not recognised is mapped by the
 * administrator first; rows that cannot be read are listed; only administrators may do it.
 */
@IntegrationTest
class PlanWordImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	JdbcTemplate jdbc;

	Cookie admin;

	PlanView york;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = Pages.signIn(this.mvc, Pages.ADMIN);
		long yorkPlanId = this.plans.plans()
			.stream()
			.filter(p -> p.title().equals("York written statement of action"))
			.findFirst()
			.orElseThrow()
			.id();
		this.york = this.plans.plan(yorkPlanId);
	}

	@Test
	void yorksWordDocumentShowsHowEachColumnIsReadThenBecomesYorksPlan() throws Exception {
		int before = planCount();

		this.mvc.perform(upload(PlanWordFiles.york(), "York written statement of action, read from its Word document"))
			.andExpect(redirectedUrl("/plans/import/word"));
		assertThat(planCount()).isEqualTo(before);

		Document mapping = Pages.html(this.mvc.perform(get("/plans/import/word").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(mapping.select("h1").eachText()).containsExactly("Check how the Word document’s columns are read");
		assertThat(mapping.title()).startsWith("Check how the Word document’s columns are read");
		assertThat(mapping.select("label.govuk-label").eachText()).containsExactly("Column 1: no heading",
				"Column 2: “Outcomes”", "Column 3: “Action”", "Column 4: “Start date”", "Column 5: “End Date”",
				"Column 6: “Lead”", "Column 7: “Measures of Success”", "Column 8: “Evidence and impact”",
				"Column 9: “RAG”");
		assertThat(mapping.select("select option[selected]").eachAttr("value")).containsExactly("ACTION_NUMBER",
				"OUTCOME", "ACTION", "START", "END", "LEADS", "MEASURE", "EVIDENCE", "IGNORE");
		assertThat(mapping.select("#unrecognised")).isEmpty();
		assertThat(planCount()).isEqualTo(before);

		MvcResult created = this.mvc.perform(mappingPost(List.of("ACTION_NUMBER", "OUTCOME", "ACTION", "START", "END",
				"LEADS", "MEASURE", "EVIDENCE", "IGNORE")))
			.andExpect(status().is3xxRedirection())
			.andReturn();

		assertThat(planCount()).isEqualTo(before + 1);
		PlanView plan = createdPlan(created);
		assertThat(plan.title()).isEqualTo("York written statement of action, read from its Word document");
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(summary(plan)).isEqualTo(summary(this.york));
		assertThat(areas(plan)).isEqualTo(areas(this.york));
		assertThat(plan.areas().get(0).weaknessText()).startsWith("A lack of cohesive oversight");
		ActionView jsna = plan.areas().get(0).actions().get(2);
		assertThat(jsna.subActions()).extracting(s -> s.label() + " " + s.end().iso() + " " + s.phase())
			.containsExactly("A 2020-10 Phase 1", "B 2021-01 Phase 2");

		// The upload is gone once the plan is made
		this.mvc.perform(get("/plans/import/word").cookie(this.admin)).andExpect(redirectedUrl("/plans/import"));
	}

	@Test
	void anUnknownLayoutAsksForTheMappingAndTheChosenMappingCreatesThePlan() throws Exception {
		int before = planCount();
		byte[] file = PlanWordFiles.docx(List.of(List.of(List.of("Ref", "Why", "What will we do", "Owner", "Deadline month", "RAG"),
				List.of("Area for improvement 1: Leadership & Governance"),
				List.of("1.1", "Leaders are accountable", "Publish the written statement", "(M.S) CYC", "July 2020", "Green"),
				List.of("1.2", "Impact is known", "Agree the outcomes framework", "CCG (K.McN)", "Sept 2020", ""))));

		this.mvc.perform(upload(file, "Plan from an unknown layout")).andExpect(redirectedUrl("/plans/import/word"));
		Document mapping = Pages.html(this.mvc.perform(get("/plans/import/word").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(mapping.select("#unrecognised").text())
			.isEqualTo("3 column headings were not recognised: choose what each holds.");
		assertThat(mapping.select("#columns-3-hint").text()).isEqualTo("Not recognised: choose what this column holds");
		assertThat(mapping.select("#columns-2-hint").text()).isEqualTo("Understood as Action");

		// Going on without choosing: asked again, nothing created
		Document refused = Pages.html(this.mvc
			.perform(mappingPost(List.of("ACTION_NUMBER", "OUTCOME", "ACTION", "", "", "IGNORE")))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(refused.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#columns-3",
				"#columns-4");
		assertThat(refused.select("#columns-3-error").text())
			.isEqualTo("Error: Choose what column 4 (“Owner”) holds");
		assertThat(refused.select("#columns-2 option[selected]").attr("value")).isEqualTo("ACTION");
		assertThat(planCount()).isEqualTo(before);

		MvcResult created = this.mvc.perform(mappingPost(List.of("ACTION_NUMBER", "OUTCOME", "ACTION", "LEADS", "END", "IGNORE")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		PlanView plan = createdPlan(created);
		assertThat(planCount()).isEqualTo(before + 1);
		assertThat(plan.areas()).extracting(AreaView::number, AreaView::title)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Leadership & Governance"));
		assertThat(plan.areas().get(0).actions()).extracting(a -> a.number() + " " + a.action() + " "
				+ a.end().iso() + " " + leads(a))
			.containsExactly("1.1 Publish the written statement 2020-07 [M.S/CYC]",
					"1.2 Agree the outcomes framework 2020-09 [K.McN/CCG]");
	}

	@Test
	void rowsThatCannotBeReadAreListedAndNothingIsCreated() throws Exception {
		int before = planCount();
		byte[] file = PlanWordFiles.docx(List.of(List.of(List.of("No.", "Action", "Lead officer", "By when"),
				List.of("Area for improvement 1: Leadership"),
				List.of("1.1", "Publish the written statement", "(Z.Z) CYC", "July 2020"),
				List.of("1.2", "Agree the outcomes framework", "(M.S)", "Some time soon"))));
		this.mvc.perform(upload(file, "Plan with problems")).andExpect(redirectedUrl("/plans/import/word"));

		Document page = Pages.html(this.mvc.perform(mappingPost(List.of("ACTION_NUMBER", "ACTION", "LEADS", "END")))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("h1").text()).isEqualTo("Fix the problems in the Word document");
		assertThat(page.select("table tbody tr")).extracting(row -> row.select("td").get(0).text() + " "
				+ row.select("td").get(1).text())
			.contains("3 Leads", "4 End");
		assertThat(page.select("table tbody td").eachText()).anyMatch(text -> text.contains("Z.Z"));
		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void aDocumentWithNoActionPlanTableIsRefusedOnTheImportPage() throws Exception {
		int before = planCount();
		byte[] file = PlanWordFiles.docx(List.of(List.of(List.of("Initials", "Name"), List.of("M.S", "Maxine"))));

		Document page = Pages.html(this.mvc.perform(upload(file, "No table")).andExpect(status().isOk()).andReturn());

		assertThat(page.select("#file-error").text()).startsWith("Error: The selected Word document has no action-plan table");
		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void aCellLongerThanAnyPlanTextIsRefusedOnTheImportPage() throws Exception {
		int before = planCount();
		byte[] file = PlanWordFiles.docx(List.of(List.of(List.of("No.", "Action", "Lead"),
				List.of("1.1", "x".repeat(20_001), "(M.S)"))));

		Document page = Pages.html(this.mvc.perform(upload(file, "Long cell")).andExpect(status().isOk()).andReturn());

		assertThat(page.select("#file-error").text())
			.isEqualTo("Error: The selected Word document has a table cell of more than 20,000 characters");
		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void aDocumentWhoseTextUnpacksToMoreThanTenMegabytesIsRefusedUnread() throws Exception {
		int before = planCount();
		byte[] york = PlanWordFiles.york();
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(york));
				ZipOutputStream out = new ZipOutputStream(bomb)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(in.readAllBytes());
				if (entry.getName().equals("word/document.xml")) {
					// Whitespace after the document's end: still a well-formed part, unpacking past 10 MB
					byte[] spaces = new byte[1024 * 1024];
					Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 11; i++) {
						out.write(spaces);
					}
				}
				out.closeEntry();
			}
		}
		assertThat(bomb.size()).isLessThan(200_000);

		Document page = Pages.html(this.mvc.perform(upload(bomb.toByteArray(), "Too big unpacked"))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.select("#file-error").text()).isEqualTo("Error: The selected Word document is too big once "
				+ "unpacked: its text must unpack to no more than 10 MB");
		assertThat(planCount()).isEqualTo(before);
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsMapAWordDocument(String email) throws Exception {
		int before = planCount();
		Cookie session = Pages.signIn(this.mvc, email);

		this.mvc.perform(get("/plans/import/word").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(post("/plans/import/word").param("columns[0]", "ACTION_NUMBER").with(csrf()).cookie(session))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/plans/import")
				.file(new MockMultipartFile("file", "york.docx", "application/octet-stream", PlanWordFiles.york()))
				.param("inspectionId", String.valueOf(this.york.inspection().id()))
				.param("title", "Not allowed")
				.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
				.param("scaleCode", "YORK_SIX_STEP")
				.with(csrf())
				.cookie(session))
			.andExpect(status().isForbidden());

		assertThat(planCount()).isEqualTo(before);
	}

	@Test
	void signedOutPeopleAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/plans/import/word")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void withNoUploadTheMappingGoesBackToTheImportPage() throws Exception {
		this.mvc.perform(get("/plans/import/word").cookie(Pages.signIn(this.mvc, Pages.ADMIN)))
			.andExpect(redirectedUrl("/plans/import"));
	}

	/**
	 * Areas (number, title, weaknesses answered) and, for each action, its number, leads, lead organisations and
	 * months.
	 */
	private static Map<String, List<String>> summary(PlanView plan) {
		return plan.areas()
			.stream()
			.collect(Collectors.toMap(area -> area.number() + " " + area.title() + " " + area.weaknesses()
				.stream()
				.map(WeaknessView::number)
				.toList(), area -> area.actions()
					.stream()
					.map(action -> action.number() + " " + leads(action) + " " + action.leadOrganisations()
						.stream()
						.map(org -> org.code())
						.toList() + " " + action.start().iso() + " " + action.end().iso())
					.toList()));
	}

	private static List<String> areas(PlanView plan) {
		return plan.areas().stream().map(area -> area.number() + " " + area.title()).toList();
	}

	private static List<String> leads(ActionView action) {
		return action.leads().stream().map(lead -> lead.initials() + "/" + lead.organisationCode()).toList();
	}

	private MockMultipartHttpServletRequestBuilder upload(byte[] file, String title) {
		return multipart("/plans/import")
			.file(new MockMultipartFile("file", "statement.docx", "application/octet-stream", file))
			.param("inspectionId", String.valueOf(this.york.inspection().id()))
			.param("title", title)
			.param("kind", "WRITTEN_STATEMENT_OF_ACTION")
			.param("scaleCode", "YORK_SIX_STEP")
			.with(csrf())
			.cookie(this.admin);
	}

	private MockHttpServletRequestBuilder mappingPost(List<String> columns) {
		MockHttpServletRequestBuilder request = post("/plans/import/word").with(csrf()).cookie(this.admin);
		for (int i = 0; i < columns.size(); i++) {
			request.param("columns[" + i + "]", columns.get(i));
		}
		return request;
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
