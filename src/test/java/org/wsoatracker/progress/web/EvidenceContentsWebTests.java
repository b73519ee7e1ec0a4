package org.wsoatracker.progress.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.Statements;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * An evidence file's contents are read only when the file is downloaded: the lead's update form, the action's
 * update history and the board's review of the period show the file by name without reading its contents.
 */
@IntegrationTest
class EvidenceContentsWebTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	Statements statements;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesShowingAnUpdateReadNoEvidenceContentsAndADownloadReadsThem() throws Exception {
		PlanView plan = this.testPlans.create();
		ActionView action = plan.areas().get(0).actions().get(0);
		PeriodView period = this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30),
				true);
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		MvcResult drafted = this.mvc.perform(multipart("/actions/" + action.id() + "/updates").with(csrf())
			.param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", "Drafted")
			.param("nextSteps", "Report to the board")
			.param("version", "none")
			.param("intent", "draft")
			.cookie(lead)).andReturn();
		assertThat(drafted.getResponse().getStatus()).isEqualTo(302);
		// The file is added to the update saved before, as a lead adds one to their draft.
		MvcResult saved = this.mvc.perform(multipart("/actions/" + action.id() + "/updates").with(csrf())
			.file(new MockMultipartFile("file", "chart.png", "image/png", PNG))
			.param("fileTitle", "Chart")
			.param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", "Charted")
			.param("nextSteps", "Report to the board")
			.param("version", String.valueOf(this.jdbc.queryForObject(
					"select version from progress_update where action_id = ?", Long.class, action.id())))
			.param("intent", "submit")
			.cookie(lead)).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		long evidenceId = this.jdbc.queryForObject("select e.id from evidence e join progress_update u "
				+ "on u.id = e.update_id where u.action_id = ?", Long.class, action.id());
		assertThat(this.jdbc.queryForObject("select content from evidence_content where evidence_id = ?",
				byte[].class, evidenceId))
			.isEqualTo(PNG);
		Cookie board = Pages.signIn(this.mvc, Pages.BOARD);

		List<String> reading = this.statements.sqlOf(() -> {
			assertThat(text("/actions/" + action.id() + "/updates", lead)).contains("Chart");
			assertThat(text("/plans/" + plan.id() + "/periods/" + period.id(), board)).contains("Chart");
		});
		List<String> downloading = this.statements.sqlOf(() -> {
			try {
				assertThat(this.mvc.perform(get("/evidence/" + evidenceId).cookie(board))
					.andReturn()
					.getResponse()
					.getContentAsByteArray()).isEqualTo(PNG);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(reading).isNotEmpty().noneMatch(sql -> sql.contains("evidence_content"));
		assertThat(downloading).anyMatch(sql -> sql.contains("evidence_content"));
	}

	private String text(String path, Cookie session) {
		try {
			MvcResult result = this.mvc.perform(get(path).cookie(session)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
			return Pages.html(result).select("main").text();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
