package org.wsoatracker.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A lead's update sent after their session ended loses nothing: it is kept, and after signing in again it is sent
 * and saved (WCAG 2.2.1 Timing adjustable, without JavaScript).
 */
@IntegrationTest
class SignedOutFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPlans testPlans;

	@Autowired
	ProgressService progress;

	@Autowired
	JdbcTemplate jdbc;

	ActionView mine;

	@BeforeEach
	void setUp() {
		PlanView plan = this.testPlans.create();
		this.mine = plan.areas().get(0).actions().get(0);
		this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
	}

	@Test
	void anUpdateSentAfterTheSessionEndedIsSavedAfterSigningInAgain() throws Exception {
		Cookie ended = Pages.signIn(this.mvc, Pages.LEAD);
		String words = "Two hours of careful writing about what was done";
		Document form = Pages.html(this.mvc.perform(get("/actions/" + this.mine.id() + "/updates/new").cookie(ended))
			.andExpect(status().isOk())
			.andReturn());
		String version = form.select("input[name=version]").val();
		String csrfOfEndedSession = form.select("input[name=_csrf]").val();
		endSession(ended);

		// the form arrives after the session ended, with the ended session's CSRF token
		MockMultipartHttpServletRequestBuilder late = multipart("/actions/" + this.mine.id() + "/updates");
		late.param("_csrf", csrfOfEndedSession)
			.param("version", version)
			.param("status", "PROGRESSING_AND_ON_TRACK")
			.param("done", words)
			.param("nextSteps", "Report to the board")
			.param("actuals['" + this.mine.measures().get(0).id() + "']", "85")
			.param("intent", "submit")
			.cookie(ended);
		MvcResult kept = this.mvc.perform(late).andExpect(redirectedUrl("/login?expired")).andReturn();
		assertThat(this.progress.currentUpdate(this.mine.id())).isEmpty();
		Cookie session = Pages.sessionCookie(kept);

		// signing in again, in the session that kept the form, leads to the form ready to send again
		Document login = Pages.html(this.mvc.perform(get("/login?expired").cookie(session)).andReturn());
		assertThat(login.select(".govuk-notification-banner").text()).contains("We kept what you sent");
		MvcResult signedIn = this.mvc
			.perform(post("/login").param("username", Pages.LEAD)
				.param("password", Pages.DEMO_PASSWORD)
				.param("_csrf", login.select("input[name=_csrf]").val())
				.cookie(session))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(signedIn.getResponse().getRedirectedUrl()).contains(SignedOutForms.PAGE);
		Cookie again = signedIn.getResponse().getCookie("SESSION") == null ? session : Pages.sessionCookie(signedIn);
		Document page = Pages.html(this.mvc.perform(get(signedIn.getResponse().getRedirectedUrl()).cookie(again))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("h1").text()).isEqualTo("Send what you typed");
		Element resend = page.selectFirst("main form");
		assertThat(resend.attr("action")).isEqualTo("/actions/" + this.mine.id() + "/updates");
		assertThat(resend.select("input[name=done]").val()).isEqualTo(words);

		MockMultipartHttpServletRequestBuilder send = multipart(resend.attr("action"));
		resend.select("input[type=hidden]").forEach(input -> send.param(input.attr("name"), input.val()));
		this.mvc.perform(send.cookie(again)).andExpect(redirectedUrl("/actions/" + this.mine.id() + "/updates"));

		UpdateView saved = this.progress.currentUpdate(this.mine.id()).orElseThrow();
		assertThat(saved.done()).isEqualTo(words);
		assertThat(saved.statusCode()).isEqualTo("PROGRESSING_AND_ON_TRACK");
		assertThat(saved.state()).isEqualTo(UpdateView.State.SUBMITTED);
		// shown once: the kept form is gone
		this.mvc.perform(get(SignedOutForms.PAGE).cookie(again)).andExpect(redirectedUrl("/"));
	}

	@Test
	void withoutAnEndedSessionAFormWithoutItsTokenIsStillRefused() throws Exception {
		this.mvc.perform(post("/actions/" + this.mine.id() + "/updates").param("done", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/actions/" + this.mine.id() + "/updates").with(csrf()).param("done", "x"))
			.andExpect(redirectedUrl("/login"));
	}

	/**
	 * Ends the session as its idle time would: the database no longer has it.
	 */
	private void endSession(Cookie cookie) {
		String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		assertThat(this.jdbc.update("delete from spring_session where session_id = ?", id)).isOne();
	}

}
