package org.wsoatracker.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing an existing plan from its own download: the preview lists exactly what the file changes, applying it keeps
 * every unchanged and changed action with its id, updates and board decisions, and removing what has been reported
 * on is refused with nothing changed. Administrators only.
 */
@IntegrationTest
class PlanImportIntoPlanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	@Autowired
	JdbcTemplate jdbc;

	Cookie admin;

	PlanView plan;

	UpdateView update;

	@BeforeEach
	void aPlanWithHistory() throws Exception {
		this.admin = Pages.signIn(this.mvc, Pages.ADMIN);
		PlanView created = this.testPlans.create();
		long areaId = created.areas().get(0).id();
		long york = created.localAreaId();
		long maxine = this.people.findByReference(york, "M.S", "CYC").orElseThrow().id();
		this.plans.addAction(areaId, new ActionDetails("1.3", "Short breaks reviewed", "Review short breaks",
				PlanDate.parse("2020-01"), PlanDate.parse("2020-03"), null, List.of(maxine), List.of(), List.of(), null,
				List.of()));
		this.plans.addAction(areaId, new ActionDetails("1.4", "Parents heard", "Survey parents",
				PlanDate.parse("2020-04"), PlanDate.parse("2020-09"), null, List.of(maxine), List.of(), List.of(), null,
				List.of()));
		this.plan = this.plans.plan(created.id());
		Actor office = new Actor(this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id(), "Programme office", true);
		this.progress.openPeriod(this.plan.id(), YearMonth.of(2020, 5), LocalDate.of(2020, 5, 31), false);
		ActionView first = action(this.plan, "1.1");
		UpdateView written = this.progress.write(first.id(),
				new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Drafted", "Submit",
						Map.of(first.measures().get(0).id(), new BigDecimal("70"))),
				List.of(), office, null, true);
		this.update = this.progress.review(written.id(), written.version(), false, "Why not sooner?", office);
	}

	@Test
	void previewListsExactlyTheFourChangesAndApplyKeepsIdsUpdatesAndDecisions() throws Exception {
		List<List<String>> rows = export();
		set(rows, "1.1", "End", "2020-08");
		set(rows, "1.2", "Leads", "M.S (CYC)");
		rows.add(rowAfter(rows, "1.3"), PlanTableFiles.row("Row type", "ACTION", "Area number", "1", "Action number",
				"1.5", "Outcome", "Families know the Local Offer", "Action", "Relaunch the Local Offer", "Start",
				"Sept 2020", "End", "2021-03", "Leads", "K.McN (CCG)"));
		rows.remove(rowOf(rows, "1.4"));

		upload(rows).andExpect(redirectedUrl("/plans/" + this.plan.id() + "/import/preview"));
		Document preview = previewPage();

		assertThat(preview.select("h1").text()).isEqualTo("Check the changes to the plan");
		assertThat(changes(preview)).containsExactly("Changed | Action 1.1 | 3 | End: July 2020 → August 2020",
				"Changed | Action 1.2 | 5 | Leads: K.McN (CCG) → M.S (CYC)", "Added | Action 1.5 | 7 | ",
				"Removed | Action 1.4 | 7 | ");
		assertThat(preview.select("#change-counts").text()).isEqualTo("1 added, 2 changed, 1 removed.");
		assertThat(this.plans.plan(this.plan.id()).version()).as("nothing changes before apply")
			.isEqualTo(this.plan.version());

		apply(preview.select("input[name=fingerprint]").val())
			.andExpect(redirectedUrl("/plans/" + this.plan.id()));

		PlanView after = this.plans.plan(this.plan.id());
		assertThat(after.actions().map(ActionView::number)).containsExactly("1.1", "1.2", "1.3", "1.5");
		for (String number : List.of("1.1", "1.2", "1.3")) {
			assertThat(action(after, number).id()).as(number).isEqualTo(action(this.plan, number).id());
		}
		assertThat(action(after, "1.1").end()).isEqualTo(PlanDate.parse("2020-08"));
		assertThat(action(after, "1.1").measures()).extracting(m -> m.id())
			.containsExactly(action(this.plan, "1.1").measures().get(0).id());
		assertThat(action(after, "1.2").leadsText()).isEqualTo("M.S (CYC)");
		assertThat(action(after, "1.5").start()).isEqualTo(PlanDate.parse("2020-09"));
		List<UpdateView> history = this.progress.history(action(after, "1.1").id());
		assertThat(history).extracting(UpdateView::id).containsExactly(this.update.id());
		assertThat(history.get(0).reviews()).hasSize(1);
		assertThat(history.get(0).state()).isEqualTo(UpdateView.State.CHALLENGED);
		assertThat(this.jdbc.queryForList("select account_email from audit_event where entity = 'Plan' "
				+ "and entity_id = ? and operation = 'IMPORT'", String.class, this.plan.id()))
			.containsExactly(Pages.ADMIN);
		assertThat(this.jdbc.queryForObject("select count(*) from plan_import_draft where plan_id = ?", Integer.class,
				this.plan.id()))
			.as("the file is not kept once applied")
			.isZero();

		apply(preview.select("input[name=fingerprint]").val()).andExpect(status().isOk());
		assertThat(this.plans.plan(this.plan.id()).actions().count()).as("a second apply changes nothing").isEqualTo(4);
	}

	@Test
	void removingAnActionWithUpdatesIsRefusedNamedWithItsRowAndNothingChanges() throws Exception {
		List<List<String>> rows = export();
		int row = rowOf(rows, "1.1");
		rows.removeIf(cells -> cells.get(4).equals("1.1"));
		set(rows, "1.2", "End", "2021-01");

		upload(rows).andExpect(status().is3xxRedirection());
		Document preview = previewPage();

		assertThat(preview.select("h1").text()).isEqualTo("The spreadsheet cannot be applied");
		assertThat(preview.select("#refusals tbody tr").eachText()).containsExactly((row + 1)
				+ " Action number Action 1.1 has progress updates, so it cannot be removed: its history must stay as "
				+ "it was reported. Put its rows back (row " + (row + 1) + " of the plan's export)");
		assertThat(preview.select("form[action$=/import/apply]")).isEmpty();

		apply("any").andExpect(status().isOk());
		PlanView after = this.plans.plan(this.plan.id());
		assertThat(after.version()).isEqualTo(this.plan.version());
		assertThat(after.actions().map(ActionView::number)).containsExactly("1.1", "1.2", "1.3", "1.4");
		assertThat(action(after, "1.2").end()).isEqualTo(action(this.plan, "1.2").end());
	}

	@Test
	void rewordingAMeasureWithReportedActualsIsRefused() throws Exception {
		List<List<String>> rows = export();
		rows.stream()
			.filter(cells -> cells.get(0).equals("MEASURE") && cells.get(4).equals("1.1"))
			.findFirst()
			.orElseThrow()
			.set(13, "95% on time");

		upload(rows).andExpect(status().is3xxRedirection());
		Document preview = previewPage();

		assertThat(preview.select("#refusals tbody tr").eachText()).singleElement()
			.asString()
			.contains("Measure “90% on time” of action 1.1 has actual values reported");
		assertThat(preview.select("form[action$=/import/apply]")).isEmpty();
	}

	@Test
	void theFileIsTheSameAsThePlanSoThereIsNothingToApply() throws Exception {
		upload(export()).andExpect(status().is3xxRedirection());
		Document preview = previewPage();

		assertThat(preview.select("h1").text()).isEqualTo("The spreadsheet changes nothing");
		assertThat(preview.select("form[action$=/import/apply]")).isEmpty();
	}

	@Test
	void aPlanChangedAfterThePreviewIsNotChangedByTheOldPreview() throws Exception {
		List<List<String>> rows = export();
		set(rows, "1.3", "End", "2020-06");
		upload(rows).andExpect(status().is3xxRedirection());
		String fingerprint = previewPage().select("input[name=fingerprint]").val();
		ActionView third = action(this.plan, "1.3");
		this.plans.updateAction(third.id(), third.version(), new ActionDetails("1.3", "Changed meanwhile",
				third.action(), third.start(), third.end(), null, List.of(third.leads().get(0).personId()), List.of(),
				List.of(), null, List.of()));

		Document page = Pages.html(apply(fingerprint).andExpect(status().isOk()).andReturn());

		assertThat(page.select(".govuk-error-summary").text())
			.contains("The plan or the file changed since the preview");
		assertThat(action(this.plans.plan(this.plan.id()), "1.3").end()).isEqualTo(third.end());
		assertThat(changes(page)).containsExactly("Changed | Action 1.3 | 6 | Outcome: “Changed meanwhile” → "
				+ "“Short breaks reviewed” End: March 2020 → June 2020");
	}

	@Test
	void noFileOrABadFileIsShownOnTheFileFieldAndKeepsNothing() throws Exception {
		Document none = Pages.html(this.mvc
			.perform(multipart("/plans/" + this.plan.id() + "/import").with(csrf()).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(none.title()).startsWith("Error: ");
		assertThat(none.select(".govuk-error-summary a[href=#file]").text()).isEqualTo("Select a spreadsheet file");
		assertThat(none.select("#file-error").text()).isEqualTo("Error: Select a spreadsheet file");

		List<List<String>> rows = export();
		set(rows, "1.2", "Start", "Someday");
		Document problems = Pages.html(upload(rows).andExpect(status().isOk()).andReturn());
		assertThat(problems.select("h1").text()).isEqualTo("Fix the problems in the spreadsheet");
		assertThat(problems.select("table tbody tr").eachText())
			.containsExactly((rowOf(rows, "1.2") + 1) + " Start Start must be a real date, like 2020-02 or 2020-02-18");
		assertThat(this.jdbc.queryForObject("select count(*) from plan_import_draft where plan_id = ?", Integer.class,
				this.plan.id()))
			.isZero();
		Document nothingKept = previewPage();
		assertThat(nothingKept.select(".govuk-error-summary").text())
			.contains("There is no uploaded file waiting for this plan");
	}

	@ParameterizedTest
	@ValueSource(strings = { Pages.BOARD, Pages.LEAD, Pages.SCRUTINY })
	void onlyAdministratorsChangeAPlanFromASpreadsheet(String email) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);
		String base = "/plans/" + this.plan.id() + "/import";

		this.mvc.perform(get(base).cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get(base + "/preview").cookie(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart(base).file(new MockMultipartFile("file", "plan.xlsx", null,
					PlanTableFiles.xlsx(export())))
				.with(csrf())
				.cookie(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base + "/apply").param("fingerprint", "x").with(csrf()).cookie(session))
			.andExpect(status().isForbidden());
		assertThat(this.plans.plan(this.plan.id()).version()).isEqualTo(this.plan.version());
	}

	@Test
	void anonymousPeopleAreSentToSignIn() throws Exception {
		String base = "/plans/" + this.plan.id() + "/import";
		this.mvc.perform(get(base)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(base + "/preview")).andExpect(status().is3xxRedirection());
		this.mvc.perform(post(base + "/apply").param("fingerprint", "x").with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(base).cookie(this.admin)).andExpect(status().isOk());
	}

	// Helpers

	private List<List<String>> export() throws Exception {
		byte[] xlsx = this.mvc.perform(get("/plans/" + this.plan.id() + "/export.xlsx").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		PlanTableFiles.cellsOf(xlsx).forEach(row -> rows.add(new ArrayList<>(row)));
		return rows;
	}

	private ResultActions upload(List<List<String>> rows) throws Exception {
		return this.mvc.perform(multipart("/plans/" + this.plan.id() + "/import")
			.file(new MockMultipartFile("file", "changed plan.xlsx", null, PlanTableFiles.xlsx(rows)))
			.with(csrf())
			.cookie(this.admin));
	}

	private Document previewPage() throws Exception {
		return Pages.html(this.mvc.perform(get("/plans/" + this.plan.id() + "/import/preview").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn());
	}

	private ResultActions apply(String fingerprint) throws Exception {
		return this.mvc.perform(post("/plans/" + this.plan.id() + "/import/apply").param("fingerprint", fingerprint)
			.with(csrf())
			.cookie(this.admin));
	}

	private static List<String> changes(Document page) {
		return page.select("#changes tbody tr")
			.stream()
			.map(row -> row.select("td, th").stream().map(Element::text).reduce((a, b) -> a + " | " + b).orElse(""))
			.toList();
	}

	/**
	 * The index of the ACTION row of this action.
	 */
	private static int rowOf(List<List<String>> rows, String number) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).get(0).equals("ACTION") && rows.get(i).get(4).equals(number)) {
				return i;
			}
		}
		throw new AssertionError("No action " + number);
	}

	/**
	 * The index after the last row of this action.
	 */
	private static int rowAfter(List<List<String>> rows, String number) {
		int i = rowOf(rows, number) + 1;
		while (i < rows.size() && !rows.get(i).get(0).equals("ACTION") && !rows.get(i).get(0).equals("AREA")) {
			i++;
		}
		return i;
	}

	private static void set(List<List<String>> rows, String number, String heading, String value) {
		rows.get(rowOf(rows, number)).set(PlanTableFiles.HEADINGS.indexOf(heading), value);
	}

	private static ActionView action(PlanView plan, String number) {
		return plan.actions().filter(a -> a.number().equals(number)).findFirst().orElseThrow();
	}

}
