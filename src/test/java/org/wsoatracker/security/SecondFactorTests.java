package org.wsoatracker.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.wsoatracker.support.AuthenticatorApp.code;

/**
 * A second factor at sign-in, end to end through the real security filter chain and the database: setting up an
 * authenticator app with a code computed here from the secret the page shows (with the same library as the service),
 * signing in with password then code, wrong codes counted by the sign-in throttle with wrong passwords, recovery codes
 * that work once, codes that cannot be replayed, administrators sent to set one up, turning it off, an administrator
 * resetting someone's, and who may reach what.
 */
@IntegrationTest
class SecondFactorTests {

	static final String PASSWORD = "lantern quarry velvet harbour";

	/**
	 * Where Spring Security sends a request refused for want of the second factor: the code page, told which factor.
	 */
	static final String ASKED_FOR_CODE = "/login/code?factor.type=totp&factor.reason=missing";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	// Setting up and signing in

	@Test
	void someoneSetsUpAnAppThenSignsInWithPasswordAndCode() throws Exception {
		Person lead = person(Role.LEAD);
		assertThat(lead.get("/").getResponse().getStatus()).as("no second factor yet").isEqualTo(200);
		Document account = Pages.html(lead.get("/account"));
		assertThat(account.select(".govuk-summary-list").text()).contains("Authenticator app Not set up");

		String key = lead.setUpApp();
		assertThat(this.jdbc.queryForObject("select secret from authenticator_app where account_id = ?", String.class,
				lead.id))
			.as("stored encrypted")
			.doesNotContain(key)
			.doesNotContain(key.substring(0, 8));
		assertThat(kinds(lead.email)).contains("AUTHENTICATOR_APP_SET_UP", "RECOVERY_CODES_MADE");
		assertThat(Pages.html(lead.get("/account")).select(".govuk-summary-list").text())
			.contains("Authenticator app Set up")
			.contains("Recovery codes 10 unused");

		lead.post("/logout");
		lead.signIn();
		MvcResult home = lead.get("/");
		assertThat(home.getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
		assertThat(lead.get("/plans").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
		assertThat(lead.get("/account").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
		Document codePage = Pages.html(lead.get("/login/code"));
		assertThat(codePage.title()).isEqualTo("Enter the code from your authenticator app – WSOA Tracker");
		assertThat(codePage.select("h1 label[for=code]").text()).isEqualTo("Enter the code from your authenticator app");
		assertThat(codePage.select("#code").attr("autocomplete")).isEqualTo("one-time-code");
		assertThat(codePage.select("a[href=/login/recovery-code]").text()).isEqualTo("Use a recovery code instead");
		assertThat(codePage.select("nav.app-nav")).as("nothing else to reach yet").isEmpty();
		assertThat(codePage.select("form[action=/logout]")).hasSize(1);
		assertThat(kinds(lead.email)).contains("SIGN_IN_PASSWORD_ACCEPTED");

		MvcResult signedIn = lead.post("/login/code", "code", code(key, Instant.now().plusSeconds(30)));
		assertThat(signedIn.getResponse().getRedirectedUrl()).as("where they were going")
			.isEqualTo("http://localhost/account?continue");
		assertThat(lead.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(lead.get("/plans").getResponse().getStatus()).isEqualTo(200);
		assertThat(failures(lead.email)).as("a sign-in clears the throttle's count").isZero();
		assertThat(this.jdbc.queryForObject("select detail from security_event where kind = 'SIGN_IN' and "
				+ "subject_email = ? order by id desc limit 1", String.class, lead.email))
			.isEqualTo("with a code from the authenticator app");
	}

	@Test
	void aWrongCodeIsRefusedWithAMessageAndCountedWithWrongPasswordsUntilTheAddressIsLockedOut() throws Exception {
		Person board = person(Role.BOARD);
		String key = board.setUpApp();
		board.post("/logout");

		board.signIn();
		assertThat(failures(board.email)).as("the password attempt, not cleared before the code").isEqualTo(1);
		MvcResult refused = board.post("/login/code", "code", "000000".equals(code(key, Instant.now())) ? "111111"
				: "000000");
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login/code?error");
		assertThat(failures(board.email)).isEqualTo(2);
		Document page = Pages.html(board.get("/login/code?error", refused));
		assertThat(page.title()).startsWith("Error: ");
		assertThat(page.select(".govuk-error-summary a").attr("href")).isEqualTo("#code");
		assertThat(page.select("#code-error").text())
			.isEqualTo("Error: The code is not correct, or it has expired: enter the code the app shows now");
		assertThat(kinds(board.email)).contains("SIGN_IN_CODE_REFUSED");

		// An empty or malformed code cannot be right: it is not counted.
		MvcResult empty = board.post("/login/code", "code", " ");
		assertThat(Pages.html(board.get("/login/code?error", empty)).select("#code-error").text())
			.isEqualTo("Error: Enter the 6 digit code from your authenticator app");
		MvcResult letters = board.post("/login/code", "code", "12a456");
		assertThat(Pages.html(board.get("/login/code?error", letters)).select("#code-error").text())
			.isEqualTo("Error: Enter the code using 6 digits only");
		assertThat(failures(board.email)).isEqualTo(2);

		for (String wrongCode : List.of("999999", "999998", "999997")) {
			board.get("/login/code?error", board.post("/login/code", "code", wrongCode));
		}
		assertThat(failures(board.email)).as("five attempts: the throttle's limit").isEqualTo(5);
		MvcResult locked = board.post("/login/code", "code", code(key, Instant.now().plusSeconds(30)));
		assertThat(Pages.html(board.get("/login/code?error", locked)).select("#code-error").text())
			.isEqualTo("Error: There have been too many failed attempts to sign in with this email address. Wait 15"
					+ " minutes, then try again");
		assertThat(board.get("/").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
		assertThat(kinds(board.email)).contains("SIGN_IN_LOCKED");
		// Locked out for the password too, like wrong passwords.
		board.post("/logout");
		assertThat(this.mvc.perform(formLogin("/login").user(board.email).password(PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void aCodeCannotBeUsedTwice() throws Exception {
		Person lead = person(Role.LEAD);
		String key = lead.setUpApp();
		String next = code(key, Instant.now().plusSeconds(30));
		lead.post("/logout");
		lead.signIn();
		assertThat(lead.post("/login/code", "code", next).getResponse().getRedirectedUrl()).doesNotContain("error");
		lead.post("/logout");

		lead.signIn();
		assertThat(lead.post("/login/code", "code", next).getResponse().getRedirectedUrl())
			.isEqualTo("/login/code?error");
		assertThat(lead.get("/").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
	}

	@Test
	void aRecoveryCodeWorksOnceInPlaceOfTheApp() throws Exception {
		Person lead = person(Role.LEAD);
		lead.setUpApp();
		List<String> codes = lead.recoveryCodes;
		assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
		assertThat(this.jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class,
				lead.id))
			.hasSize(10)
			.allMatch(hash -> hash.matches("[0-9a-f]{64}"))
			.noneMatch(codes::contains);
		lead.post("/logout");

		lead.signIn();
		Document page = Pages.html(lead.get("/login/recovery-code"));
		assertThat(page.select("h1 label[for=code]").text()).isEqualTo("Enter a recovery code");
		MvcResult used = lead.post("/login/recovery-code", "code", codes.get(0).toLowerCase().replace("-", " "));
		assertThat(used.getResponse().getRedirectedUrl()).doesNotContain("error");
		assertThat(lead.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select detail from security_event where kind = 'SIGN_IN' and "
				+ "subject_email = ? order by id desc limit 1", String.class, lead.email))
			.isEqualTo("with a recovery code (9 left)");
		assertThat(Pages.html(lead.get("/account")).select(".govuk-summary-list").text())
			.contains("Recovery codes 9 unused");
		lead.post("/logout");

		lead.signIn();
		MvcResult again = lead.post("/login/recovery-code", "code", codes.get(0));
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login/recovery-code?error");
		assertThat(Pages.html(lead.get("/login/recovery-code?error", again)).select("#code-error").text())
			.isEqualTo("Error: The recovery code is not correct, or it has been used already");
		assertThat(lead.get("/").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
		assertThat(lead.post("/login/recovery-code", "code", codes.get(1)).getResponse().getRedirectedUrl())
			.doesNotContain("error");
		assertThat(lead.get("/").getResponse().getStatus()).isEqualTo(200);

		// New codes replace the earlier ones, which stop working.
		MvcResult made = lead.post("/account/recovery-codes");
		assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/account/recovery-codes");
		List<String> newCodes = Pages.html(lead.get("/account/recovery-codes", made)).select("#recovery-codes li")
			.eachText();
		assertThat(newCodes).hasSize(10).doesNotContainAnyElementsOf(codes);
		assertThat(lead.get("/account/recovery-codes").getResponse().getRedirectedUrl())
			.as("shown once").isEqualTo("/account");
		lead.post("/logout");
		lead.signIn();
		assertThat(lead.post("/login/recovery-code", "code", codes.get(2)).getResponse().getRedirectedUrl())
			.isEqualTo("/login/recovery-code?error");
	}

	// Roles that must have one

	@Test
	void anAdministratorWithoutAnAppIsSentToSetOneUpAndCanDoNothingElseUntilThen() throws Exception {
		Person admin = person(Role.ADMIN);
		for (String path : List.of("/", "/plans", "/accounts", "/account", "/security-log")) {
			assertThat(admin.get(path).getResponse().getRedirectedUrl()).as(path).isEqualTo(ASKED_FOR_CODE);
		}
		assertThat(admin.get("/login/code").getResponse().getRedirectedUrl()).isEqualTo("/account/authenticator-app");
		assertThat(admin.post("/accounts/" + admin.id + "/enabled", "enabled", "false", "version", "0")
			.getResponse()
			.getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);

		Document setUp = Pages.html(admin.get("/account/authenticator-app"));
		assertThat(setUp.select("h1").text()).isEqualTo("Set up an authenticator app");
		assertThat(setUp.select(".govuk-inset-text").text()).startsWith("Your role must sign in with a code");
		assertThat(setUp.select("nav.app-nav")).isEmpty();
		assertThat(setUp.select(".govuk-back-link")).isEmpty();
		assertThat(setUp.select("img").attr("src")).startsWith("data:image/png;base64,");
		assertThat(setUp.select("img").attr("alt")).contains("The key it holds is written below");

		// A wrong code is refused on the page; the right one completes the sign-in.
		MvcResult wrong = admin.post("/account/authenticator-app", "code", "12345");
		Document refused = Pages.html(wrong);
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select("#code-error").text()).isEqualTo("Error: Enter the code using 6 digits only");
		String key = admin.setUpApp();
		assertThat(admin.get("/").getResponse().getStatus()).isEqualTo(200);
		assertThat(admin.get("/accounts").getResponse().getStatus()).isEqualTo(200);
		assertThat(kinds(admin.email)).contains("SIGN_IN_PASSWORD_ACCEPTED", "AUTHENTICATOR_APP_SET_UP", "SIGN_IN");

		// It cannot be turned off.
		Document turnOff = Pages.html(admin.get("/account/authenticator-app/turn-off"));
		assertThat(turnOff.select("h1").text()).isEqualTo("You cannot turn off your authenticator app");
		assertThat(turnOff.select("form[action=/account/authenticator-app/turn-off]")).isEmpty();
		Document refusedOff = Pages.html(admin.post("/account/authenticator-app/turn-off", "passwordOrCode", PASSWORD));
		assertThat(refusedOff.select("h1").text()).isEqualTo("You cannot turn off your authenticator app");
		assertThat(appSetUp(admin.id)).isTrue();

		// Next time: password, then code.
		admin.post("/logout");
		admin.signIn();
		assertThat(admin.get("/login/code").getResponse().getStatus()).isEqualTo(200);
		admin.post("/login/code", "code", code(key, Instant.now().plusSeconds(30)));
		assertThat(admin.get("/accounts").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theDemoAccountsAreSparedInDemoModeAndOthersMayTurnTheirAppOff() throws Exception {
		assertThat(new SignedInPages(this.mvc).get(Pages.ADMIN, "/accounts").getResponse().getStatus())
			.isEqualTo(200);

		Person lead = person(Role.LEAD);
		lead.setUpApp();
		Document wrong = Pages.html(lead.post("/account/authenticator-app/turn-off", "passwordOrCode", "not it at all"));
		assertThat(wrong.select("#passwordOrCode-error").text())
			.isEqualTo("Error: Your password or the code is not correct");
		assertThat(wrong.select("#passwordOrCode").val()).isEmpty();
		MvcResult off = lead.post("/account/authenticator-app/turn-off", "passwordOrCode", PASSWORD);
		assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(appSetUp(lead.id)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from recovery_code where account_id = ?", Integer.class,
				lead.id)).isZero();
		assertThat(kinds(lead.email)).contains("AUTHENTICATOR_APP_TURNED_OFF");
		lead.post("/logout");
		lead.signIn();
		assertThat(lead.get("/").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSessionWaitingForItsCodeCannotSetUpAnotherApp() throws Exception {
		Person lead = person(Role.LEAD);
		String key = lead.setUpApp();
		lead.post("/logout");
		lead.signIn();

		assertThat(lead.get("/account/authenticator-app").getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(lead.post("/account/authenticator-app", "code", code(key, Instant.now())).getResponse()
			.getRedirectedUrl()).isEqualTo("/account");
		assertThat(lead.post("/account/recovery-codes").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
		assertThat(lead.get("/").getResponse().getRedirectedUrl()).isEqualTo(ASKED_FOR_CODE);
	}

	// An administrator resets someone's app

	@Test
	void anAdministratorResetsTheAppOfSomeoneWhoLostTheirPhoneAndTheirSessionsEnd() throws Exception {
		Person lead = person(Role.LEAD);
		lead.setUpApp();
		SignedInPages admin = new SignedInPages(this.mvc);
		Document page = admin.page(Pages.ADMIN, "/accounts/" + lead.id);
		assertThat(page.select(".govuk-summary-list").text()).contains("Authenticator app Set up");
		assertThat(page.select("form[action=/accounts/" + lead.id + "/authenticator-app/reset] button").text())
			.isEqualTo("Reset authenticator app");

		MvcResult reset = admin.post(Pages.ADMIN, "/accounts/" + lead.id + "/authenticator-app/reset");
		assertThat(admin.follow(Pages.ADMIN, reset).select(".govuk-notification-banner").text())
			.contains("Authenticator app reset");
		assertThat(appSetUp(lead.id)).isFalse();
		assertThat(this.jdbc.queryForMap("select actor_email, subject_account_id from security_event "
				+ "where kind = 'AUTHENTICATOR_APP_RESET' and subject_email = ?", lead.email))
			.containsEntry("actor_email", Pages.ADMIN)
			.containsEntry("subject_account_id", lead.id);
		assertThat(lead.get("/").getResponse().getRedirectedUrl()).as("session ended").endsWith("/login");

		lead.signIn();
		assertThat(lead.get("/").getResponse().getStatus()).as("password alone now").isEqualTo(200);

		long adminId = this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id();
		MvcResult own = admin.post(Pages.ADMIN, "/accounts/" + adminId + "/authenticator-app/reset");
		assertThat(admin.follow(Pages.ADMIN, own).select(".govuk-error-summary").text())
			.contains("You cannot reset your own authenticator app");
	}

	// Who may reach what

	@ParameterizedTest
	@CsvSource({ "chair@example.org", "lead@example.org", "scrutiny@example.org" })
	void onlyAdministratorsResetSomeonesApp(String email) throws Exception {
		Person lead = person(Role.LEAD);
		lead.setUpApp();
		SignedInPages pages = new SignedInPages(this.mvc);
		assertThat(pages.post(email, "/accounts/" + lead.id + "/authenticator-app/reset").getResponse().getStatus())
			.isEqualTo(403);
		assertThat(appSetUp(lead.id)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "admin@example.org", "chair@example.org", "lead@example.org", "scrutiny@example.org" })
	void everyRoleSeesItsAppOnYourAccountAndMaySetOneUp(String email) throws Exception {
		SignedInPages pages = new SignedInPages(this.mvc);
		Document account = pages.page(email, "/account");
		assertThat(account.select(".govuk-summary-list").text()).contains("Authenticator app Not set up");
		assertThat(account.select("a[href=/account/authenticator-app]").text()).isEqualTo("Set up an authenticator app");
		assertThat(pages.page(email, "/account/authenticator-app").select("h1").text())
			.isEqualTo("Set up an authenticator app");
	}

	@Test
	void everyFormNeedsTheCsrfTokenAndSignedOutPeopleReachNone() throws Exception {
		Person lead = person(Role.LEAD);
		lead.setUpApp();
		for (String path : List.of("/account/authenticator-app", "/account/recovery-codes",
				"/account/authenticator-app/turn-off")) {
			assertThat(lead.postWithoutCsrf(path, "code", "123456", "passwordOrCode", PASSWORD).getResponse()
				.getStatus()).as(path).isEqualTo(403);
		}
		assertThat(new SignedInPages(this.mvc).postWithoutCsrf(Pages.ADMIN,
				"/accounts/" + lead.id + "/authenticator-app/reset").getResponse().getStatus()).isEqualTo(403);
		assertThat(appSetUp(lead.id)).isTrue();
		lead.post("/logout");
		lead.signIn();
		assertThat(lead.postWithoutCsrf("/login/code", "code", "123456").getResponse().getStatus()).isEqualTo(403);
		assertThat(lead.postWithoutCsrf("/login/recovery-code", "code", "ABCD").getResponse().getStatus())
			.isEqualTo(403);

		for (String path : List.of("/login/code", "/login/recovery-code", "/account/authenticator-app",
				"/account/recovery-codes", "/account/authenticator-app/turn-off")) {
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getRedirectedUrl())
				.as(path)
				.endsWith("/login");
		}
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/login/code").param("code", "123456").with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void aSignedInPersonWhoseSignInNeedsNoCodeIsNotAskedForOne() throws Exception {
		Person scrutiny = person(Role.SCRUTINY);
		assertThat(scrutiny.get("/login/code").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(scrutiny.post("/login/code", "code", "123456").getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(scrutiny.get("/").getResponse().getStatus()).isEqualTo(200);
	}

	// Helpers

	private Person person(Role role) throws Exception {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@mfa.example.org";
		long id = this.accounts.createIfAbsent(new NewAccountCommand(email, "Second Factor " + role, PASSWORD, role))
			.id();
		this.accounts.joinLocalArea(id, this.people.findLocalAreaByCode("YORK").orElseThrow().id());
		Person person = new Person(email, id);
		person.signIn();
		return person;
	}

	private int failures(String email) {
		return this.jdbc.queryForObject("select count(*) from sign_in_failure where email = ?", Integer.class, email);
	}

	private List<String> kinds(String email) {
		return this.jdbc.queryForList("select kind from security_event where subject_email = ? order by id",
				String.class, email);
	}

	private boolean appSetUp(long accountId) {
		return this.jdbc.queryForObject("select count(*) from authenticator_app where account_id = ? and "
				+ "confirmed_at is not null", Integer.class, accountId) > 0;
	}

	/**
	 * Someone with an account of their own, signed in through the real forms, whose session cookie follows the new
	 * session ids that signing in gives.
	 */
	private final class Person {

		final String email;

		final long id;

		Cookie session;

		List<String> recoveryCodes;

		Person(String email, long id) {
			this.email = email;
			this.id = id;
		}

		void signIn() throws Exception {
			MvcResult result = SecondFactorTests.this.mvc.perform(formLogin("/login").user(this.email).password(PASSWORD))
				.andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
			this.session = Pages.sessionCookie(result);
		}

		/**
		 * Sets up an app as a person would, typing the code their app shows, and keeps the recovery codes shown;
		 * returns the key.
		 */
		String setUpApp() throws Exception {
			String key = Pages.html(get("/account/authenticator-app")).select("#secret-key").text();
			assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
			MvcResult done = post("/account/authenticator-app", "code", code(key, Instant.now()));
			assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/account/recovery-codes");
			Document codes = Pages.html(get("/account/recovery-codes", done));
			assertThat(codes.select("h1").text()).isEqualTo("Save your recovery codes");
			assertThat(codes.select("a[download]").attr("href")).startsWith("data:text/plain");
			this.recoveryCodes = codes.select("#recovery-codes li").eachText();
			return key;
		}

		MvcResult get(String path) throws Exception {
			return perform(MockMvcRequestBuilders.get(path));
		}

		/**
		 * The page a redirect leads to, with its flash attributes.
		 */
		MvcResult get(String path, MvcResult redirect) throws Exception {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
			Map<String, Object> flash = redirect.getFlashMap();
			return perform(flash == null ? request : request.flashAttrs(flash));
		}

		MvcResult post(String path, String... fields) throws Exception {
			return perform(form(path, fields).with(csrf()));
		}

		MvcResult postWithoutCsrf(String path, String... fields) throws Exception {
			return perform(form(path, fields));
		}

		private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
			MvcResult result = SecondFactorTests.this.mvc.perform(request.cookie(this.session)).andReturn();
			Cookie renewed = result.getResponse().getCookie("SESSION");
			if (renewed != null && !renewed.getValue().isEmpty()) {
				this.session = renewed;
			}
			return result;
		}

		private static MockHttpServletRequestBuilder form(String path, String... fields) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
			for (int i = 0; i < fields.length; i += 2) {
				request = request.param(fields[i], fields[i + 1]);
			}
			return request;
		}

	}

}
