package org.wsoatracker.progress.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestClamd;
import org.wsoatracker.support.TestFiles;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence uploads scanned by a real clamd (Debian's clamav-daemon, started by the test with a signature database of
 * its own that knows the EICAR test file): a clean file is stored, a file with a virus is refused on the form and
 * recorded in the security event log, a program named .docx is refused, and while clamd is down uploads are refused
 * politely, or accepted unscanned when the service is configured so.
 */
@IntegrationTest
class EvidenceScanningIT {

	static final String VIRUS_FOUND = "The selected file contains a virus";

	static final String NOT_SCANNED = "The file could not be checked for viruses just now. Try again later.";

	static final byte[] EICAR = TestClamd.EICAR.getBytes(StandardCharsets.US_ASCII);

	static TestClamd clamd;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	ActionView mine;

	@BeforeAll
	static void startClamd() throws IOException {
		clamd = TestClamd.start();
	}

	@AfterAll
	static void stopClamd() {
		if (clamd != null) {
			clamd.close();
		}
	}

	@DynamicPropertySource
	static void scanWithClamd(DynamicPropertyRegistry registry) {
		registry.add("wsoa.evidence.scan.clamd-host", () -> "127.0.0.1");
		registry.add("wsoa.evidence.scan.clamd-port", () -> clamd.port());
		registry.add("wsoa.evidence.scan.connect-timeout", () -> "1s");
		registry.add("wsoa.evidence.scan.timeout", () -> "5s");
	}

	@BeforeEach
	void setUp() {
		PlanView plan = this.testPlans.create();
		this.mine = plan.areas().get(0).actions().get(0);
		this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
	}

	@Test
	void aCleanFileIsStored() throws Exception {
		byte[] minutes = TestFiles.pdf("Minutes of the Improvement Board");

		this.mvc.perform(update(file("minutes.pdf", minutes)).cookie(Pages.signIn(this.mvc, Pages.LEAD)))
			.andExpect(redirectedUrl(updates()));

		assertThat(storedFiles(this.jdbc)).containsExactly(minutes);
	}

	@Test
	void aFileWithAVirusIsRefusedOnTheFormRecordedAndNotStored() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		byte[] docxCarryingEicar = TestFiles.docx(Map.of("word/embeddings/eicar.com", EICAR));

		for (MockMultipartFile infected : new MockMultipartFile[] { file("eicar.com", EICAR),
				file("minutes.pdf", TestFiles.pdf(TestClamd.EICAR)), file("minutes.docx", docxCarryingEicar) }) {
			Document page = refused(this.mvc, update(infected), lead);

			assertThat(page.select(".govuk-error-summary a").eachText()).as(infected.getOriginalFilename())
				.containsExactly(VIRUS_FOUND);
			assertThat(page.select("#file-error").text()).isEqualTo("Error: " + VIRUS_FOUND);
		}
		assertThat(updateCount(this.jdbc)).isZero();
		assertThat(this.jdbc.queryForList("select detail from security_event where kind = 'EVIDENCE_VIRUS_FOUND' "
				+ "and actor_email = ? and detail like ? order by id", String.class, Pages.LEAD,
				"Action " + this.mine.id() + ":%"))
			.containsExactly("Action " + this.mine.id() + ": " + TestClamd.SIGNATURE + " in eicar.com",
					"Action " + this.mine.id() + ": " + TestClamd.SIGNATURE + " in minutes.pdf",
					"Action " + this.mine.id() + ": " + TestClamd.SIGNATURE + " in minutes.docx");
	}

	@Test
	void aProgramNamedDocxIsRefused() throws Exception {
		Document page = refused(this.mvc, update(file("minutes.docx", TestFiles.EXE)),
				Pages.signIn(this.mvc, Pages.LEAD));

		assertThat(page.select(".govuk-error-summary a").eachText())
			.containsExactly("The selected file must be a PDF, DOCX, XLSX, PNG or JPG");
		assertThat(updateCount(this.jdbc)).isZero();
	}

	@Test
	void whileClamdIsDownUploadsAreRefusedPolitely() throws Exception {
		Cookie lead = Pages.signIn(this.mvc, Pages.LEAD);
		clamd.stop();
		try {
			Document page = refused(this.mvc, update(file("minutes.pdf", TestFiles.pdf("Minutes"))), lead);

			assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(NOT_SCANNED);
			assertThat(page.select("#file-error").text()).isEqualTo("Error: " + NOT_SCANNED);
		}
		finally {
			clamd.restart();
		}
		assertThat(updateCount(this.jdbc)).isZero();
	}

	/**
	 * The same service configured to store files unscanned while clamd is down
	 * ({@code WSOA_CLAMD_WHEN_UNAVAILABLE=accept}): an application of its own, on the same database.
	 */
	@Nested
	@TestPropertySource(properties = "wsoa.evidence.scan.when-unavailable=accept")
	class AcceptingUnscannedFiles {

		@Autowired
		MockMvc acceptingMvc;

		@Autowired
		JdbcTemplate acceptingJdbc;

		@Test
		void whileClamdIsDownUploadsAreStoredUnscanned() throws Exception {
			Cookie lead = Pages.signIn(this.acceptingMvc, Pages.LEAD);
			byte[] minutes = TestFiles.pdf("Minutes");
			clamd.stop();
			try {
				this.acceptingMvc.perform(update(file("minutes.pdf", minutes)).cookie(lead))
					.andExpect(redirectedUrl(updates()));
			}
			finally {
				clamd.restart();
			}
			assertThat(storedFiles(this.acceptingJdbc)).containsExactly(minutes);
		}

		@Test
		void aFileWithAVirusIsRefusedAllTheSame() throws Exception {
			Document page = refused(this.acceptingMvc, update(file("eicar.com", EICAR)),
					Pages.signIn(this.acceptingMvc, Pages.LEAD));

			assertThat(page.select(".govuk-error-summary a").eachText()).containsExactly(VIRUS_FOUND);
			assertThat(updateCount(this.acceptingJdbc)).isZero();
		}

	}

	/**
	 * The lead's update of their action as sent from a page that showed no update yet, with a file as evidence.
	 */
	private MockMultipartHttpServletRequestBuilder update(MockMultipartFile file) {
		return (MockMultipartHttpServletRequestBuilder) multipart(updates()).file(file)
			.with(csrf())
			.param("status", "COMPLETED")
			.param("done", "Set up the dashboard")
			.param("nextSteps", "Report to the board")
			.param("fileTitle", "Board minutes")
			.param("version", "none")
			.param("intent", "submit");
	}

	/**
	 * The form shown again, with what was typed, and its errors.
	 */
	private static Document refused(MockMvc mvc, MockMultipartHttpServletRequestBuilder request, Cookie session)
			throws Exception {
		Document page = Pages.html(mvc.perform(request.cookie(session)).andExpect(status().isOk()).andReturn());
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsOnly("#file");
		assertThat(page.select("#done").text()).isEqualTo("Set up the dashboard");
		return page;
	}

	private static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	private String updates() {
		return "/actions/" + this.mine.id() + "/updates";
	}

	private int updateCount(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from progress_update where action_id = ?", Integer.class,
				this.mine.id());
	}

	private List<byte[]> storedFiles(JdbcTemplate jdbc) {
		return jdbc.queryForList("select c.content from evidence e join evidence_content c on c.evidence_id = e.id "
				+ "join progress_update u on u.id = e.update_id where u.action_id = ?", byte[].class, this.mine.id());
	}

}
