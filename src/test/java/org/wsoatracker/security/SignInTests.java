package org.wsoatracker.security;

import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.wsoatracker.people.AccountService accounts;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void signInPageHasOneHeadingAndTheFieldsSpringSecurityReads() throws Exception {
		Document page = Pages.html(this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());

		assertThat(page.title()).isEqualTo("Sign in – WSOA Tracker");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("form[action=/login] input[name=username]")).hasSize(1);
		assertThat(page.select("form[action=/login] input[name=password][type=password]")).hasSize(1);
		assertThat(page.select("input[name=_csrf]")).hasSize(1);
		assertThat(page.select(".govuk-error-summary")).isEmpty();
		assertThat(page.select(".govuk-notification-banner")).isEmpty();
	}

	@Test
	void withoutTheSingleSignOnSettingsThereIsNoSingleSignOn() throws Exception {
		Document page = Pages.html(this.mvc.perform(get("/login")).andExpect(status().isOk()).andReturn());

		assertThat(page.select("a[href^=/oauth2]")).isEmpty();
		assertThat(page.text()).doesNotContain("Sign in with");
		// Nothing answers the addresses of single sign-on: they need signing in like any other page.
		this.mvc.perform(get("/oauth2/authorization/sso")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login/oauth2/code/sso?code=x&state=y")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/invitations/x/single-sign-on").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void everyPageButSignInNeedsSigningIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/test/components")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/accessibility")).andExpect(status().isOk());
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
	}

	@Test
	void wrongPasswordShowsAnErrorSummaryAndKeepsTheEmail() throws Exception {
		MvcResult failed = this.mvc
			.perform(post("/login").param("username", "lead@example.org").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();

		Document page = Pages.html(this.mvc.perform(get("/login?error").cookie(Pages.sessionCookie(failed)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#username");
		assertThat(page.select(".govuk-error-summary__list a").text())
			.isEqualTo("Enter a correct email address and password");
		assertThat(page.select("#username").val()).isEqualTo("lead@example.org");
		assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-error");
		assertThat(page.select("#username-error").text())
			.isEqualTo("Error: Enter a correct email address and password");
		assertThat(page.select("#password").val()).isEmpty();
	}

	@Test
	void afterFiveFailedSignInsTheAddressIsRefusedEvenWithTheRightPassword() throws Exception {
		String email = "throttled-" + java.util.UUID.randomUUID() + "@example.org";
		this.accounts.createIfAbsent(new org.wsoatracker.people.NewAccountCommand(email, "Throttled Person",
				Pages.DEMO_PASSWORD, org.wsoatracker.people.Role.BOARD));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("username", email).param("password", "guess-" + i).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		MvcResult refused = this.mvc
			.perform(post("/login").param("username", email.toUpperCase()).param("password", Pages.DEMO_PASSWORD)
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		Document page = Pages.html(this.mvc.perform(get("/login?error").cookie(Pages.sessionCookie(refused)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select(".govuk-error-summary__list a").text())
			.isEqualTo("There have been too many failed attempts to sign in with this email address."
					+ " Wait 15 minutes, then try again");

		// once the window has passed, the right password works again and the count starts afresh
		this.jdbc.update("update sign_in_failure set failed_at = failed_at - interval '16 minutes' where email = ?",
				email.toLowerCase());
		this.mvc.perform(post("/login").param("username", email).param("password", Pages.DEMO_PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_failure where email = ?", Integer.class,
				email.toLowerCase())).isZero();
	}

	@Test
	void failuresWithAnAddressThatHasNoAccountCountTheSameSoNothingIsGivenAway() throws Exception {
		String email = "nobody-" + java.util.UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(post("/login").param("username", email).param("password", "guess").with(csrf()));
		}
		assertThat(this.jdbc.queryForObject("select count(*) from sign_in_failure where email = ?", Integer.class,
				email)).isEqualTo(5);
	}

	@Test
	void emptyFieldsAreEachNamed() throws Exception {
		MvcResult failed = this.mvc.perform(post("/login").param("username", "").param("password", "").with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();

		Document page = Pages.html(this.mvc.perform(get("/login?error").cookie(Pages.sessionCookie(failed))).andReturn());

		assertThat(page.select(".govuk-error-summary__list a").eachText()).containsExactly("Enter your email address",
				"Enter your password");
		assertThat(page.select(".govuk-error-summary__list a").eachAttr("href")).containsExactly("#username",
				"#password");
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", Pages.LEAD).param("password", Pages.DEMO_PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingInGivesANewSessionId() throws Exception {
		Cookie before = Pages.sessionCookie(this.mvc.perform(get("/login")).andReturn());

		MvcResult result = this.mvc.perform(post("/login").cookie(before)
			.param("username", Pages.LEAD)
			.param("password", Pages.DEMO_PASSWORD)
			.with(csrf())).andExpect(redirectedUrl("/")).andReturn();

		assertThat(Pages.sessionCookie(result).getValue()).isNotEqualTo(before.getValue());
	}

	@ParameterizedTest
	@CsvSource({ "admin@example.org, Programme office, Administrator", "chair@example.org, Improvement Board, Board member",
			"lead@example.org, Your actions, Action lead", "scrutiny@example.org, Published reports, Scrutiny committee" })
	void eachRoleSeesItsHomePage(String email, String heading, String role) throws Exception {
		Cookie session = Pages.signIn(this.mvc, email);

		Document page = Pages.html(this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk()).andReturn());

		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("h1").text()).isEqualTo(heading);
		assertThat(page.select(".govuk-caption-l").text()).isEqualTo(role);
		assertThat(page.select("nav.app-nav a[aria-current=page]").text()).isEqualTo("Home");
		assertThat(page.select("header form[action=/logout] button").text()).isEqualTo("Sign out");
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.BOARD);
		String signOuts = "select count(*) from security_event where kind = 'SIGN_OUT' and subject_email = ?";
		int before = this.jdbc.queryForObject(signOuts, Integer.class, Pages.BOARD);

		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject(signOuts, Integer.class, Pages.BOARD)).isEqualTo(before + 1);
	}

	@Test
	void signingOutNeedsTheCsrfToken() throws Exception {
		Cookie session = Pages.signIn(this.mvc, Pages.BOARD);

		this.mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());

		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
		assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self';")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

}
