package org.wsoatracker.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.SignedInPages;
import org.wsoatracker.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Accounts as the programme office and the people invited use them, with email sent for real (GreenMail) and every
 * result read back from the database: invitations, single-use links, roles, disabling, password resets, one's own
 * password, the sessions that end when an account changes, the sign-in throttle under a race, and the security event
 * log.
 */
@IntegrationTest
@TestPropertySource(properties = { "wsoa.reminders.cron=-", "wsoa.base-url=https://wsoa.example.org" })
class AccountsWebTests {

	static final String GOOD_PASSWORD = "correct horse battery staple";

	private static final GreenMail greenMail = TestMailServer.start();

	private static final Pattern LINK = Pattern.compile("https://wsoa\\.example\\.org(/(invitations|password-reset)/[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendThrough(greenMail, registry);
	}

	@AfterAll
	static void stopMailServer() {
		greenMail.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@MockitoSpyBean
	PasswordEncoder passwordEncoder;

	SignedInPages pages() {
		return new SignedInPages(this.mvc);
	}

	// Inviting someone

	@Test
	void anAdministratorInvitesALeadWhoSetsAPasswordFromTheEmailAndSignsIn() throws Exception {
		SignedInPages pages = pages();
		PersonView person = newPerson();
		String email = SignedInPages.unique("lead").toLowerCase() + "@council.example.org";

		MvcResult sent = pages.post(Pages.ADMIN, "/accounts/invite", "name", "Pat Lead", "email", email, "role", "LEAD",
				"localAreas", String.valueOf(person.localAreaId()), "person", String.valueOf(person.id()));

		assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/accounts/");
		assertThat(this.jdbc.queryForMap("select display_name, role, enabled, password_hash from account where email = ?",
				email))
			.containsEntry("display_name", "Pat Lead")
			.containsEntry("role", "LEAD")
			.containsEntry("enabled", true)
			.containsEntry("password_hash", null);
		long accountId = accountId(email);
		assertThat(this.jdbc.queryForObject("select account_id from person where id = ?", Long.class, person.id()))
			.isEqualTo(accountId);
		assertThat(localAreasOf(accountId)).containsExactly(person.localAreaId());
		Document accountPage = pages.follow(Pages.ADMIN, sent);
		assertThat(accountPage.select(".govuk-notification-banner").text()).contains("Invitation sent to " + email);
		assertThat(accountPage.select("main .govuk-tag").text()).isEqualTo("Invited");

		String link = linkSentTo(email);
		assertThat(link).startsWith("/invitations/");
		Document form = Pages.html(this.mvc.perform(MockMvcRequestBuilders.get(link)).andReturn());
		assertThat(form.select("h1").text()).isEqualTo("Set your password");
		assertThat(form.text()).contains("Welcome, Pat Lead");

		// A password on the deny-list is refused, and the link still works.
		Document refused = Pages.html(postAnonymous(link, "password", "password1234"));
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".govuk-error-summary a").attr("href")).isEqualTo("#password");
		assertThat(refused.select("#password-error").text()).contains("harder to guess");
		assertThat(refused.select("#password").attr("value")).isEmpty();
		assertThat(this.jdbc.queryForObject("select password_hash from account where id = ?", String.class, accountId))
			.isNull();

		MvcResult accepted = postAnonymous(link, "password", GOOD_PASSWORD);
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.jdbc.queryForObject("select password_hash from account where id = ?", String.class, accountId))
			.startsWith("$argon2id$");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account_token where account_id = ? and purpose = 'INVITATION' and used_at is not null",
				Integer.class, accountId))
			.isEqualTo(1);

		// The link works once.
		Document again = Pages.html(postAnonymous(link, "password", "another long passphrase"));
		assertThat(again.select("h1").text()).isEqualTo("This link has expired or has already been used");
		assertThat(Pages.html(this.mvc.perform(MockMvcRequestBuilders.get(link)).andReturn()).select("h1").text())
			.isEqualTo("This link has expired or has already been used");

		Cookie lead = signIn(email, GOOD_PASSWORD);
		Document home = Pages.html(this.mvc.perform(MockMvcRequestBuilders.get("/").cookie(lead)).andReturn());
		assertThat(home.select("h1").text()).isEqualTo("Your actions");
		assertThat(this.jdbc.queryForObject("select last_signed_in_at is not null from account where id = ?",
				Boolean.class, accountId))
			.isTrue();
		assertThat(kinds(email)).contains("INVITATION_SENT", "INVITATION_ACCEPTED", "SIGN_IN");
	}

	@Test
	void anInvitationLinkDoesNotWorkAfterItExpires() throws Exception {
		String email = invite("LEAD");
		String link = linkSentTo(email);
		this.jdbc.update("update account_token set expires_at = now() - interval '1 minute' where account_id = ?",
				accountId(email));

		Document page = Pages.html(postAnonymous(link, "password", GOOD_PASSWORD));

		assertThat(page.select("h1").text()).isEqualTo("This link has expired or has already been used");
		assertThat(this.jdbc.queryForObject("select password_hash from account where email = ?", String.class, email))
			.isNull();
		assertThat(kinds(null)).contains("LINK_REFUSED");
	}

	@Test
	void theInviteFormNamesEachProblemAndKeepsWhatWasTyped() throws Exception {
		SignedInPages pages = pages();
		Document empty = Pages.html(pages.post(Pages.ADMIN, "/accounts/invite", "name", "", "email", ""));
		assertThat(empty.title()).startsWith("Error: ");
		assertThat(empty.select(".govuk-error-summary a").eachAttr("href")).containsExactlyInAnyOrder("#name", "#email",
				"#role", "#localAreas");
		assertThat(empty.select("#role-error").text()).contains("Select what the person may do");

		Document taken = Pages.html(pages.post(Pages.ADMIN, "/accounts/invite", "name", "Someone", "email",
				"LEAD@example.org", "role", "BOARD", "localAreas", String.valueOf(york())));
		assertThat(taken.select("#email-error").text()).contains("There is already an account with this email address");
		assertThat(taken.select("#name").attr("value")).isEqualTo("Someone");
		assertThat(taken.select("input[name=role][value=BOARD]").hasAttr("checked")).isTrue();

		Document tampered = Pages.html(pages.post(Pages.ADMIN, "/accounts/invite", "name", "Someone", "email",
				"x" + "y".repeat(400) + "@example.org", "role", "EMPEROR", "person", "not-a-number"));
		assertThat(tampered.select("#email-error").text()).contains("320 characters or fewer");
		assertThat(tampered.select("#role-error").text()).contains("Select what the person may do");
		assertThat(tampered.select("#person-error").text()).contains("Select a person from the list");
	}

	// Changing and disabling accounts: their sessions end

	@Test
	void aNewRoleEndsTheAccountsOpenSessionsAndIsSaved() throws Exception {
		String email = activeAccount("LEAD");
		Cookie session = signIn(email, GOOD_PASSWORD);
		assertThat(status(session, "/my-actions")).isEqualTo(200);
		long id = accountId(email);

		MvcResult changed = pages().post(Pages.ADMIN, "/accounts/" + id + "/change", "role", "BOARD", "person", "",
				"localAreas", String.valueOf(york()), "version", String.valueOf(version(id)));

		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/accounts/" + id);
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id)).isEqualTo("BOARD");
		MvcResult next = this.mvc.perform(MockMvcRequestBuilders.get("/my-actions").cookie(session)).andReturn();
		assertThat(next.getResponse().getRedirectedUrl()).endsWith("/login");
		Cookie again = signIn(email, GOOD_PASSWORD);
		assertThat(status(again, "/dashboard")).isEqualTo(200);
		assertThat(kinds(email)).contains("ROLE_CHANGED");
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndItCannotSignIn() throws Exception {
		String email = activeAccount("BOARD");
		Cookie session = signIn(email, GOOD_PASSWORD);
		long id = accountId(email);

		pages().post(Pages.ADMIN, "/accounts/" + id + "/enabled", "enabled", "false", "version",
				String.valueOf(version(id)));

		assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id)).isFalse();
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/dashboard").cookie(session))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");

		pages().post(Pages.ADMIN, "/accounts/" + id + "/enabled", "enabled", "true", "version",
				String.valueOf(version(id)));
		assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id)).isTrue();
		assertThat(status(signIn(email, GOOD_PASSWORD), "/dashboard")).isEqualTo(200);
		assertThat(kinds(email)).contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
		long id = accountId(Pages.ADMIN);
		SignedInPages pages = pages();
		MvcResult refused = pages.post(Pages.ADMIN, "/accounts/" + id + "/enabled", "enabled", "false", "version",
				String.valueOf(version(id)));

		assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id)).isTrue();
		assertThat((java.util.Map<String, Object>) refused.getFlashMap()).as("%s %s", refused.getResponse().getStatus(),
				refused.getResponse().getRedirectedUrl()).containsKey("refusal");
		Document page = pages.follow(Pages.ADMIN, refused);
		assertThat(page.select(".govuk-error-summary").text()).contains("You cannot disable your own account");
	}

	@Test
	void accountsListShowsEachAccountWithItsStatus() throws Exception {
		String invited = invite("SCRUTINY");
		Document list = pages().page(Pages.ADMIN, "/accounts");

		assertThat(list.select("h1").text()).isEqualTo("Accounts");
		assertThat(list.select("tbody tr").stream().filter(row -> row.text().contains(invited)).findFirst().orElseThrow()
			.text()).contains("Scrutiny committee", "Never", "Invited");
		assertThat(list.select("tbody tr").stream().filter(row -> row.text().contains(Pages.LEAD)).findFirst().orElseThrow()
			.text()).contains("Action lead", "Maxine Squire, York", "Active");
	}

	// Passwords

	@Test
	void aResetForAnUnknownAddressIsAnsweredExactlyAsForAKnownOne() throws Exception {
		String known = activeAccount("LEAD");
		String unknown = "nobody-" + known;
		int before = greenMail.getReceivedMessages().length;

		MvcResult forKnown = postAnonymous("/password-reset", "email", known);
		MvcResult forUnknown = postAnonymous("/password-reset", "email", unknown);

		assertThat(forKnown.getResponse().getStatus()).isEqualTo(forUnknown.getResponse().getStatus()).isEqualTo(200);
		assertThat(forUnknown.getResponse().getContentAsString().replace(unknown, "ADDRESS"))
			.isEqualTo(forKnown.getResponse().getContentAsString().replace(known, "ADDRESS"));
		assertThat(greenMail.getReceivedMessages()).hasSize(before + 1);
		assertThat(kinds(unknown)).containsExactly("PASSWORD_RESET_REQUESTED");
	}

	@Test
	void aResetLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() throws Exception {
		String email = activeAccount("LEAD");
		Cookie before = signIn(email, GOOD_PASSWORD);
		postAnonymous("/password-reset", "email", email);
		String link = linkSentTo(email);
		assertThat(link).startsWith("/password-reset/");

		MvcResult reset = postAnonymous(link, "password", "a brand new passphrase");

		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(status(signIn(email, "a brand new passphrase"), "/my-actions")).isEqualTo(200);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/my-actions").cookie(before))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(kinds(email)).contains("PASSWORD_RESET_SENT", "PASSWORD_RESET");
	}

	@Test
	void aPersonChangesTheirOwnPasswordAndTheirOtherSessionsEnd() throws Exception {
		String email = activeAccount("SCRUTINY");
		Cookie here = signIn(email, GOOD_PASSWORD);
		Cookie elsewhere = signIn(email, GOOD_PASSWORD);

		Document wrong = Pages.html(this.mvc.perform(MockMvcRequestBuilders.post("/account/password")
			.param("currentPassword", "not my password")
			.param("password", "my next long passphrase")
			.cookie(here)
			.with(csrf())).andReturn());
		assertThat(wrong.select("#currentPassword-error").text()).contains("Your current password is not correct");

		MvcResult changed = this.mvc.perform(MockMvcRequestBuilders.post("/account/password")
			.param("currentPassword", GOOD_PASSWORD)
			.param("password", "my next long passphrase")
			.cookie(here)
			.with(csrf())).andReturn();

		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(status(here, "/account")).isEqualTo(200);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/account").cookie(elsewhere))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login");
		assertThat(status(signIn(email, "my next long passphrase"), "/reports")).isEqualTo(200);
		assertThat(kinds(email)).contains("PASSWORD_CHANGED");
	}

	// The sign-in throttle

	@Test
	void thirtyGuessesAtOnceGetAtMostFivePasswordChecksAndTheRightPasswordIsThenRefused() throws Exception {
		String email = activeAccount("LEAD");
		clearInvocations(this.passwordEncoder);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Callable<String>> guesses = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				String guess = "wrong guess number " + i;
				guesses.add(() -> this.mvc.perform(formLogin("/login").user(email).password(guess))
					.andReturn()
					.getResponse()
					.getRedirectedUrl());
			}
			for (Future<String> answer : pool.invokeAll(guesses)) {
				assertThat(answer.get()).isEqualTo("/login?error");
			}
		}
		finally {
			pool.shutdown();
		}
		verify(this.passwordEncoder, atMost(5)).matches(any(), anyString());

		MvcResult right = this.mvc.perform(formLogin("/login").user(email).password(GOOD_PASSWORD)).andReturn();
		assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(kinds(email)).contains("SIGN_IN_LOCKED").doesNotContain("SIGN_IN");
		assertThat(this.jdbc.queryForObject("select count(*) from security_event where subject_email = ? and kind in "
				+ "('SIGN_IN_FAILED', 'SIGN_IN_LOCKED')", Integer.class, email))
			.isEqualTo(31);
	}

	@Test
	void aFailedSignInKeepsNoMoreThanAnEmailAddressInItsSession() throws Exception {
		MvcResult failed = this.mvc.perform(formLogin("/login").user("x".repeat(200_000)).password("whatever"))
			.andReturn();
		Cookie session = Pages.sessionCookie(failed);

		List<Integer> sizes = this.jdbc.queryForList("""
				select length(a.attribute_bytes) from spring_session s
				join spring_session_attributes a on a.session_primary_id = s.primary_id
				where s.session_id = ?""", Integer.class, sessionId(session));
		assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isLessThan(4_000));
		Document page = Pages.html(this.mvc.perform(MockMvcRequestBuilders.get("/login").cookie(session)).andReturn());
		assertThat(page.select("#username").attr("value")).hasSize(320);
	}

	// Sessions

	@Test
	void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws Exception {
		String email = activeAccount("BOARD");
		Cookie session = signIn(email, GOOD_PASSWORD);
		assertThat(status(session, "/dashboard")).isEqualTo(200);
		assertThat(this.jdbc.update(
				"update spring_session set creation_time = creation_time - 13 * 3600 * 1000 where session_id = ?",
				sessionId(session)))
			.isEqualTo(1);

		MvcResult next = this.mvc.perform(MockMvcRequestBuilders.get("/dashboard").cookie(session)).andReturn();

		assertThat(next.getResponse().getRedirectedUrl()).isEqualTo("/login?sessionEnded");
		assertThat(status(session, "/dashboard")).isEqualTo(302);
	}

	// Who may do what

	@ParameterizedTest
	@CsvSource({ "admin@example.org, 200", "chair@example.org, 403", "lead@example.org, 403",
			"scrutiny@example.org, 403" })
	void onlyAdministratorsReachTheAccountPagesAndTheSecurityLog(String email, int expected) throws Exception {
		SignedInPages pages = pages();
		long id = accountId(Pages.LEAD);
		for (String path : List.of("/accounts", "/accounts/invite", "/accounts/" + id, "/accounts/" + id + "/change",
				"/security-log")) {
			assertThat(pages.get(email, path).getResponse().getStatus()).as(path).isEqualTo(expected);
		}
		if (expected == 403) {
			for (String path : List.of("/accounts/invite", "/accounts/" + id + "/change", "/accounts/" + id + "/enabled",
					"/accounts/" + id + "/password-reset", "/accounts/" + id + "/invitation")) {
				assertThat(pages.post(email, path, "enabled", "false", "version", "0", "role", "ADMIN")
					.getResponse()
					.getStatus()).as(path).isEqualTo(403);
			}
			assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
				.isEqualTo("LEAD");
			assertThat(this.jdbc.queryForObject("select count(*) from security_event where kind = 'ACCESS_REFUSED' "
					+ "and actor_email = ? and detail = ?", Integer.class, email, "GET /security-log"))
				.isPositive();
		}
	}

	@ParameterizedTest
	@CsvSource({ "admin@example.org", "chair@example.org", "lead@example.org", "scrutiny@example.org" })
	void everyoneSeesTheirOwnAccountAndCanOpenTheChangePasswordForm(String email) throws Exception {
		Document account = pages().page(email, "/account");
		assertThat(account.select("h1").text()).isEqualTo("Your account");
		assertThat(account.select(".govuk-summary-list").text()).contains(email);
		assertThat(pages().page(email, "/account/password").select("h1").text()).isEqualTo("Change your password");
	}

	@Test
	void signedOutPeopleReachTheResetAndInvitationPagesButNotTheirAccount() throws Exception {
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/password-reset")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(Pages.html(this.mvc.perform(MockMvcRequestBuilders.get("/invitations/unknown-link")).andReturn())
			.select("h1")
			.text()).isEqualTo("This link has expired or has already been used");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/account")).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/accounts")).andReturn().getResponse()
			.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void theSetUpPageIsGoneOnceAnAdministratorExists() throws Exception {
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/setup")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(MockMvcRequestBuilders.post("/setup")
			.param("code", "ANY")
			.param("name", "Intruder")
			.param("email", "intruder@example.org")
			.param("password", GOOD_PASSWORD)
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from account where email = 'intruder@example.org'",
				Integer.class)).isZero();
	}

	@Test
	void theSecurityLogListsEventsNewestFirstByPersonAndKind() throws Exception {
		String email = activeAccount("LEAD");
		signIn(email, GOOD_PASSWORD);
		this.mvc.perform(formLogin("/login").user(email).password("not the password")).andReturn();

		Document all = pages().page(Pages.ADMIN, "/security-log?person=" + email);
		assertThat(all.select("tbody tr").eachText().get(0)).contains("Sign-in failed", email);
		assertThat(all.select("tbody tr").eachText()).anySatisfy(row -> assertThat(row).contains("Signed in"))
			.anySatisfy(row -> assertThat(row).contains("Invitation accepted"));

		Document failures = pages().page(Pages.ADMIN, "/security-log?person=" + email + "&kind=SIGN_IN_FAILED");
		assertThat(failures.select("tbody tr")).hasSize(1);
		assertThat(failures.select("#kind option[selected]").attr("value")).isEqualTo("SIGN_IN_FAILED");
		assertThat(pages().page(Pages.ADMIN, "/security-log?kind=NOT_A_KIND&page=x").select("h1").text())
			.isEqualTo("Security event log");
	}

	@Test
	void theSecurityLogCannotBeChanged() {
		this.jdbc.update("insert into security_event (kind, subject_email) values ('SIGN_IN', 'x@example.org')");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.update("delete from security_event"))
			.hasMessageContaining("append-only");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.jdbc.update("update security_event set kind = 'X'"))
			.hasMessageContaining("append-only");
	}

	@Test
	void demoAccountsAreDisabledWhenTheServiceIsNotADemonstration() {
		String email = SignedInPages.unique("old-demo").toLowerCase() + "@example.org";
		this.accounts.createIfAbsent(new org.wsoatracker.people.NewAccountCommand(email, "Old demo", Pages.DEMO_PASSWORD,
				org.wsoatracker.people.Role.ADMIN));

		assertThat(this.accounts.disableIfPasswordIs(List.of(email, Pages.LEAD), "another password")).isEmpty();
		assertThat(this.accounts.disableIfPasswordIs(List.of(email), Pages.DEMO_PASSWORD)).containsExactly(email);
		assertThat(this.jdbc.queryForObject("select enabled from account where email = ?", Boolean.class, email))
			.isFalse();
	}

	@Test
	void anAdministratorChangesTheLocalAreasOfAnAccountAndTheChangeIsRefusedWhenItWouldLeaveNone() throws Exception {
		String email = invite("BOARD");
		long id = accountId(email);
		long other = this.people.createLocalArea(SignedInPages.unique("LA"), "Otherborough").id();
		SignedInPages pages = pages();

		Document none = Pages.html(pages.post(Pages.ADMIN, "/accounts/" + id + "/change", "role", "BOARD", "person",
				"", "version", String.valueOf(version(id))));
		assertThat(none.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#localAreas");
		assertThat(none.select("input[name=role][value=BOARD]").hasAttr("checked")).isTrue();
		assertThat(localAreasOf(id)).containsExactly(york());
		// A local area sent as blank (spaces, a tab) is no local area: the same refusal, not a failure.
		MvcResult blank = pages.post(Pages.ADMIN, "/accounts/" + id + "/change", "role", "BOARD", "person", "",
				"localAreas", " \t", "version", String.valueOf(version(id)));
		assertThat(blank.getResponse().getStatus()).isEqualTo(200);
		assertThat(Pages.html(blank).select(".govuk-error-summary a").eachAttr("href")).containsExactly("#localAreas");
		assertThat(localAreasOf(id)).containsExactly(york());

		MvcResult changed = pages.post(Pages.ADMIN, "/accounts/" + id + "/change", "role", "BOARD", "person", "",
				"localAreas", String.valueOf(other), "version", String.valueOf(version(id)));

		assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/accounts/" + id);
		assertThat(localAreasOf(id)).containsExactly(other);
		assertThat(kinds(email)).contains("LOCAL_AREAS_CHANGED");
		assertThat(pages.follow(Pages.ADMIN, changed).select("main").text()).contains("Otherborough")
			.doesNotContain("York;");
	}

	// Helpers

	private String invite(String role) throws Exception {
		String email = SignedInPages.unique("person").toLowerCase() + "@council.example.org";
		MvcResult sent = pages().post(Pages.ADMIN, "/accounts/invite", "name", "Invited Person", "email", email, "role",
				role, "localAreas", String.valueOf(york()));
		assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/accounts/");
		return email;
	}

	/**
	 * An account that has accepted its invitation, with {@link #GOOD_PASSWORD}.
	 */
	private String activeAccount(String role) throws Exception {
		String email = invite(role);
		MvcResult accepted = postAnonymous(linkSentTo(email), "password", GOOD_PASSWORD);
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/login");
		return email;
	}

	private String linkSentTo(String email) throws Exception {
		String link = null;
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
				if (matcher.find()) {
					link = matcher.group(1);
				}
			}
		}
		assertThat(link).as("a link emailed to %s", email).isNotNull();
		return link;
	}

	private MvcResult postAnonymous(String path, String... fields) throws Exception {
		var request = MockMvcRequestBuilders.post(path).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request).andReturn();
	}

	private Cookie signIn(String email, String password) throws Exception {
		MvcResult result = this.mvc.perform(formLogin("/login").user(email).password(password)).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).as("sign-in of %s", email).isEqualTo("/");
		return Pages.sessionCookie(result);
	}

	/**
	 * The session's id as Spring Session stores it: the cookie carries it Base64-encoded.
	 */
	private static String sessionId(Cookie session) {
		return new String(java.util.Base64.getDecoder().decode(session.getValue()),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	private int status(Cookie session, String path) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).cookie(session)).andReturn().getResponse().getStatus();
	}

	private long accountId(String email) {
		return this.jdbc.queryForObject("select id from account where lower(email) = lower(?)", Long.class, email);
	}

	private List<Long> localAreasOf(long accountId) {
		return this.jdbc.queryForList(
				"select local_area_id from account_local_area where account_id = ? order by local_area_id", Long.class,
				accountId);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
	}

	private List<String> kinds(String email) {
		return email == null
				? this.jdbc.queryForList("select kind from security_event order by id", String.class)
				: this.jdbc.queryForList("select kind from security_event where subject_email = ? order by id",
						String.class, email.toLowerCase());
	}

	private long york() {
		return this.people.findLocalAreaByCode("YORK").orElseThrow().id();
	}

	private PersonView newPerson() {
		LocalAreaView area = this.people.createLocalArea(SignedInPages.unique("LA"), "Testshire");
		OrganisationView council = this.people.addOrganisation(area.id(), "TC", "Testshire Council",
				OrganisationKind.COUNCIL);
		return this.people.addPerson(area.id(), new PersonDetails(council.id(), "P.L", "Pat Lead", "Head of SEND",
				LeaderGroup.OPERATIONAL, null, null));
	}

}
