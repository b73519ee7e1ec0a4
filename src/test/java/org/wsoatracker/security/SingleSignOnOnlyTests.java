package org.wsoatracker.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.InviteCommand;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.shared.security.AreaScope;
import org.wsoatracker.support.Browser;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.Pages;
import org.wsoatracker.support.TestIdentityProvider;
import org.wsoatracker.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on as the only way in ({@code WSOA_SSO_PASSWORD_SIGN_IN=false}), through a real OpenID Connect provider
 * ({@link TestIdentityProvider}), with the default rule for identities not linked yet: an email address alone links
 * none; the person's invitation or password reset link (sent for real, through GreenMail) does.
 */
@IntegrationTest
@TestPropertySource(properties = { "wsoa.reminders.cron=-", "wsoa.base-url=https://wsoa.example.org",
		"wsoa.sso.password-sign-in=false" })
class SingleSignOnOnlyTests {

	private static final TestIdentityProvider provider = TestIdentityProvider.start();

	private static final GreenMail mail = TestMailServer.start();

	private static final Pattern LINK = Pattern
		.compile("https://wsoa\\.example\\.org(/(invitations|password-reset)/[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		provider.turnOn(registry, "Council");
		TestMailServer.sendThrough(mail, registry);
	}

	@AfterAll
	static void stop() {
		provider.stop();
		mail.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	@Test
	void theSignInPageOffersSingleSignOnOnly() throws Exception {
		Document page = Pages.html(new Browser(this.mvc).get("/login"));

		assertThat(page.select("h1").text()).isEqualTo("Sign in to WSOA Tracker");
		assertThat(page.select("form[action=/login]")).isEmpty();
		assertThat(page.select("input[type=password]")).isEmpty();
		assertThat(page.select("a[href=/password-reset]")).isEmpty();
		assertThat(page.select("a.govuk-button[href=/oauth2/authorization/sso]").text())
			.isEqualTo("Sign in with Council");
		assertThat(page.select("main").text()).contains("Signing in with Council for the first time? Open the link in"
				+ " your invitation or password reset email and choose Sign in with Council there.");
	}

	@Test
	void aPasswordSentToSignInIsRefused() throws Exception {
		Browser browser = new Browser(this.mvc);
		long signInsBefore = signIns(Pages.ADMIN);

		MvcResult refused = browser.post("/login", "username", Pages.ADMIN, "password", Pages.DEMO_PASSWORD);

		assertThat(refused.getResponse().getStatus()).isEqualTo(405);
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(signIns(Pages.ADMIN)).isEqualTo(signInsBefore);
	}

	@Test
	void anEmailAddressTheProviderHasVerifiedLinksNoAccountByItself() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@sso.example.org";
		long id = this.accounts.createIfAbsent(new NewAccountCommand(email, "Not Linked", "a long enough passphrase",
				Role.LEAD)).id();
		Browser browser = new Browser(this.mvc);

		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", email, "email_verified", true));
		MvcResult refused = browser.signInThrough(provider);

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?singleSignOnRefused");
		assertThat(Pages.html(browser.follow(refused)).select(".govuk-notification-banner .govuk-body").text())
			.isEqualTo("You have signed in with Council, but no account in WSOA Tracker is linked to it yet. To link"
					+ " yours, open the link in your invitation or password reset email and choose \"Sign in with"
					+ " Council\" there. If you have no such email, ask your programme office to send you one.");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select sso_subject from account where id = ?", String.class, id)).isNull();
		assertThat(this.jdbc.queryForObject("select detail from security_event where kind = 'SINGLE_SIGN_ON_REFUSED'"
				+ " and subject_email = ?", String.class, email))
			.startsWith("no account is linked to this identity (" + email + ", verified; subject ");
	}

	@Test
	void someoneInvitedAcceptsTheirInvitationBySigningInThroughTheProvider() throws Exception {
		String email = "invited-" + UUID.randomUUID() + "@council.example.org";
		long id = this.accounts.invite(new InviteCommand(email, "Robin Invited", Role.BOARD, Set.of(localArea()), null),
				new AreaScope(Set.of(localArea()))).id();
		assertThat(this.accounts.account(id).account().status()).isEqualTo("Invited");
		String link = linkSentTo(email);
		Browser browser = new Browser(this.mvc);

		Document page = Pages.html(browser.get(link));
		assertThat(page.select("h1").text()).isEqualTo("Accept your invitation");
		assertThat(page.select("input[type=password]")).as("no password to set").isEmpty();
		assertThat(page.select("form[action=" + link + "/single-sign-on] button").text())
			.isEqualTo("Sign in with Council");
		assertThat(page.text()).contains("once you have signed in with it now, it signs you in as " + email);
		// A password sent all the same is not set.
		browser.post(link, "password", "a long enough passphrase");
		assertThat(this.jdbc.queryForObject("select password_hash from account where id = ?", String.class, id))
			.isNull();

		// The provider gives another address for them, unverified: the link, not the address, says who they are.
		String subject = UUID.randomUUID().toString();
		provider.signsInNext(subject, Map.of("email", "r.invited@another.example.org", "email_verified", false));
		MvcResult toProvider = browser.follow(browser.post(link + "/single-sign-on"));
		MvcResult signedIn = browser.answer(provider, toProvider);

		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(Pages.html(browser.get("/account")).select(".govuk-summary-list").text())
			.contains("Name Robin Invited")
			.contains("Email " + email);
		assertThat(this.jdbc.queryForMap("select sso_issuer, sso_subject from account where id = ?", id))
			.containsEntry("sso_issuer", provider.issuer())
			.containsEntry("sso_subject", subject);
		assertThat(this.jdbc.queryForObject("select used_at is not null from account_token where account_id = ? and"
				+ " purpose = 'INVITATION'", Boolean.class, id)).as("the link is used up").isTrue();
		assertThat(this.accounts.account(id).account().status()).as("no longer Invited").isEqualTo("Active");
		assertThat(events(email)).containsExactly("INVITATION_SENT", "INVITATION_ACCEPTED", "SINGLE_SIGN_ON_LINKED",
				"SIGN_IN");
		assertThat(this.jdbc.queryForObject("select detail from security_event where kind = 'SINGLE_SIGN_ON_LINKED'"
				+ " and subject_email = ?", String.class, email))
			.isEqualTo("with an invitation link: subject " + subject + " of " + provider.issuer());

		// Later, the identity alone signs them in; the link works no more.
		browser.post("/logout");
		provider.signsInNext(subject, Map.of());
		assertThat(new Browser(this.mvc).signInThrough(provider).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(Pages.html(new Browser(this.mvc).get(link)).select("h1").text())
			.isEqualTo("This link has expired or has already been used");
		assertThat(Pages.html(new Browser(this.mvc).post(link + "/single-sign-on")).select("h1").text())
			.isEqualTo("This link has expired or has already been used");
	}

	@Test
	void aPasswordResetLinkLinksAnAccountThatHadAPassword() throws Exception {
		String email = "lead-" + UUID.randomUUID() + "@sso.example.org";
		long id = this.accounts.createIfAbsent(new NewAccountCommand(email, "Sam Reset", "a long enough passphrase",
				Role.LEAD)).id();
		this.accounts.sendPasswordReset(id);
		String link = linkSentTo(email);
		Browser browser = new Browser(this.mvc);
		assertThat(Pages.html(browser.get(link)).select("h1").text()).isEqualTo("Sign in with Council");

		String subject = UUID.randomUUID().toString();
		provider.signsInNext(subject, Map.of("email", email, "email_verified", true));
		MvcResult signedIn = browser.answer(provider, browser.follow(browser.post(link + "/single-sign-on")));

		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.get("/my-actions").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select sso_subject from account where id = ?", String.class, id))
			.isEqualTo(subject);
		assertThat(events(email)).containsExactly("PASSWORD_RESET_SENT", "SINGLE_SIGN_ON_LINKED", "SIGN_IN");
	}

	// Helpers

	private String linkSentTo(String email) throws Exception {
		String link = null;
		for (MimeMessage message : mail.getReceivedMessages()) {
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

	private List<String> events(String email) {
		return this.jdbc.queryForList("select kind from security_event where subject_email = ? order by id",
				String.class, email);
	}

	private long signIns(String email) {
		return this.jdbc.queryForObject("select count(*) from security_event where kind = 'SIGN_IN' and subject_email"
				+ " = ?", Long.class, email);
	}


	/**
	 * A local area for the people invited here to belong to.
	 */
	private long localArea() {
		return this.people.findLocalAreaByCode("SSO")
			.orElseGet(() -> this.people.createLocalArea("SSO", "Single sign-on test area"))
			.id();
	}

}
