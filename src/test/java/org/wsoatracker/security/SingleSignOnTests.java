package org.wsoatracker.security;

import java.net.URI;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through a real OpenID Connect provider on a port of its own ({@link TestIdentityProvider}), with
 * accounts found by the email address the provider has verified ({@code WSOA_SSO_MATCH_BY_EMAIL=true}) and password
 * sign-in still on: who gets in, who is refused and why, what the database and the security event log hold after
 * each, and that an administrator needs no code from an authenticator app here when the provider signed them in.
 */
@IntegrationTest
class SingleSignOnTests {

	static final String PASSWORD = "lantern quarry velvet harbour";

	private static final TestIdentityProvider provider = TestIdentityProvider.start();

	private static final GreenMail mail = TestMailServer.start();

	private static final Pattern INVITATION = Pattern.compile("https?://[^/]+(/invitations/[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		provider.turnOn(registry, "Council");
		registry.add("wsoa.sso.match-by-email", () -> "true");
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
	void theSignInPageOffersBothWaysOfSigningIn() throws Exception {
		Document page = Pages.html(new Browser(this.mvc).get("/login"));

		assertThat(page.select("form[action=/login] input[name=password]")).hasSize(1);
		assertThat(page.select("a.govuk-button[href=/oauth2/authorization/sso]").text())
			.isEqualTo("Sign in with Council");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.text()).doesNotContain("for the first time");
	}

	@Test
	void anInvitationOffersAPasswordOrSingleSignOn() throws Exception {
		String email = "invited-" + UUID.randomUUID() + "@sso.example.org";
		long id = this.accounts.invite(new InviteCommand(email, "Kim Invited", Role.LEAD, Set.of(localArea()), null),
				new AreaScope(Set.of(localArea()))).id();
		String link = invitationSentTo(email);
		Browser browser = new Browser(this.mvc);

		Document page = Pages.html(browser.get(link));
		assertThat(page.select("h1").text()).isEqualTo("Set your password");
		assertThat(page.select("form[action=" + link + "] input[type=password]")).hasSize(1);
		assertThat(page.select("main h2").text()).isEqualTo("Or sign in with Council instead");
		assertThat(page.select("form[action=" + link + "/single-sign-on] button.govuk-button--secondary").text())
			.isEqualTo("Sign in with Council");

		assertThat(browser.post(link, "password", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.jdbc.queryForObject("select password_hash is not null from account where id = ?",
				Boolean.class, id)).isTrue();
	}

	@Test
	void someoneWithAnAccountSignsInThroughTheProviderAndTheirIdentityIsLinkedToIt() throws Exception {
		Account lead = account(Role.LEAD);
		String subject = UUID.randomUUID().toString();
		Browser browser = new Browser(this.mvc);

		// The provider's email address, as it spells it.
		provider.signsInNext(subject, Map.of("email", lead.email.toUpperCase(), "email_verified", true));
		MvcResult signedIn = browser.signInThrough(provider);

		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		Document account = Pages.html(browser.get("/account"));
		assertThat(account.select(".govuk-summary-list").text()).contains("Name " + lead.name)
			.contains("Email " + lead.email)
			.contains("Role Action lead");
		assertThat(browser.get("/my-actions").getResponse().getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForMap("select sso_issuer, sso_subject from account where id = ?", lead.id))
			.containsEntry("sso_issuer", provider.issuer())
			.containsEntry("sso_subject", subject);
		assertThat(events(lead.email)).containsExactly("SINGLE_SIGN_ON_LINKED", "SIGN_IN");
		assertThat(detail(lead.email, "SINGLE_SIGN_ON_LINKED"))
			.isEqualTo("by the email address the identity provider verified: subject " + subject + " of "
					+ provider.issuer());
		assertThat(detail(lead.email, "SIGN_IN")).isEqualTo("through single sign-on (Council)");
		assertThat(this.jdbc.queryForObject("select last_signed_in_at is not null from account where id = ?",
				Boolean.class, lead.id)).isTrue();

		// Signed out, and in again: the identity finds the account now, whatever email address the provider gives;
		// and the person goes on to the page they were going to.
		browser.post("/logout");
		assertThat(browser.get("/account").getResponse().getRedirectedUrl()).endsWith("/login");
		provider.signsInNext(subject, Map.of("email", "someone.else@elsewhere.example.org", "email_verified", false));
		assertThat(browser.signInThrough(provider).getResponse().getRedirectedUrl())
			.isEqualTo("http://localhost/account?continue");
		assertThat(Pages.html(browser.get("/account")).select(".govuk-summary-list").text())
			.contains("Email " + lead.email);
		assertThat(events(lead.email)).containsExactly("SINGLE_SIGN_ON_LINKED", "SIGN_IN", "SIGN_OUT", "SIGN_IN");
	}

	@Test
	void anAdministratorSignedInThroughTheProviderIsNotAskedForACodeAndReachesAdministration() throws Exception {
		Account admin = account(Role.ADMIN);
		// With a password, an administrator must give a code from an authenticator app first.
		Browser withPassword = new Browser(this.mvc);
		withPassword.post("/login", "username", admin.email, "password", PASSWORD);
		assertThat(withPassword.get("/accounts").getResponse().getRedirectedUrl())
			.isEqualTo(SecondFactorTests.ASKED_FOR_CODE);

		Browser browser = new Browser(this.mvc);
		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", admin.email, "email_verified", true));
		assertThat(browser.signInThrough(provider).getResponse().getRedirectedUrl()).isEqualTo("/");

		MvcResult accounts = browser.get("/accounts");
		assertThat(accounts.getResponse().getStatus()).isEqualTo(200);
		assertThat(Pages.html(accounts).select("h1").text()).isEqualTo("Accounts");
		assertThat(browser.get("/security-log").getResponse().getStatus()).isEqualTo(200);
		assertThat(browser.get("/login/code").getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(detail(admin.email, "SIGN_IN")).isEqualTo("through single sign-on (Council)");
	}

	@Test
	void someoneWithNoAccountIsRefusedAndNoAccountIsCreated() throws Exception {
		String email = "nobody-" + UUID.randomUUID() + "@council.example.org";
		int accountsBefore = this.jdbc.queryForObject("select count(*) from account", Integer.class);
		Browser browser = new Browser(this.mvc);

		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", email, "email_verified", true));
		MvcResult refused = browser.signInThrough(provider);

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?singleSignOnRefused");
		Document page = Pages.html(browser.follow(refused));
		assertThat(page.select(".govuk-notification-banner__heading").text()).isEqualTo("You could not be signed in");
		assertThat(page.select(".govuk-notification-banner .govuk-body").text())
			.isEqualTo("There is no account in WSOA Tracker with your email address. Ask your programme office to"
					+ " invite you.");
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isEqualTo(accountsBefore);
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(events(email)).containsExactly("SINGLE_SIGN_ON_REFUSED");
		assertThat(detail(email, "SINGLE_SIGN_ON_REFUSED")).startsWith("no account has this email address (" + email
				+ ", verified; subject ");
	}

	@Test
	void aDisabledAccountIsRefusedWhetherFoundByItsEmailOrByItsLinkedIdentity() throws Exception {
		Account board = account(Role.BOARD);
		String subject = UUID.randomUUID().toString();
		Browser browser = new Browser(this.mvc);
		provider.signsInNext(subject, Map.of("email", board.email, "email_verified", true));
		assertThat(browser.signInThrough(provider).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.get("/dashboard").getResponse().getStatus()).isEqualTo(200);
		Account other = account(Role.BOARD);
		disable(board);
		disable(other);
		// Disabling the account ends its session, found by the account's email address as after a password sign-in.
		assertThat(browser.get("/dashboard").getResponse().getRedirectedUrl()).endsWith("/login");

		provider.signsInNext(subject, Map.of("email", board.email, "email_verified", true));
		MvcResult refused = browser.signInThrough(provider);
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?singleSignOnRefused");
		assertThat(Pages.html(browser.follow(refused)).select(".govuk-notification-banner .govuk-body").text())
			.isEqualTo("Your account in WSOA Tracker has been disabled. Ask your programme office if you need it"
					+ " again.");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForMap("select subject_account_id, detail from security_event where kind = "
				+ "'SINGLE_SIGN_ON_REFUSED' and subject_email = ? order by id desc limit 1", board.email))
			.containsEntry("subject_account_id", board.id)
			.hasEntrySatisfying("detail",
					(detail) -> assertThat((String) detail).startsWith("the account is disabled"));

		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", other.email, "email_verified", true));
		assertThat(browser.signInThrough(provider).getResponse().getRedirectedUrl())
			.isEqualTo("/login?singleSignOnRefused");
		assertThat(this.jdbc.queryForObject("select sso_subject from account where id = ?", String.class, other.id))
			.as("not linked").isNull();
		assertThat(events(other.email)).contains("SINGLE_SIGN_ON_REFUSED").doesNotContain("SIGN_IN");
	}

	@Test
	void anEmailAddressTheProviderHasNotVerifiedFindsNoAccount() throws Exception {
		Account lead = account(Role.LEAD);
		Browser browser = new Browser(this.mvc);

		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", lead.email, "email_verified", false));
		MvcResult refused = browser.signInThrough(provider);

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?singleSignOnRefused");
		assertThat(Pages.html(browser.follow(refused)).select(".govuk-notification-banner .govuk-body").text())
			.startsWith("We could not confirm your email address with Council, so it cannot find your account in WSOA"
					+ " Tracker. To link your account, open the link in your invitation or password reset email");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(this.jdbc.queryForObject("select sso_subject from account where id = ?", String.class, lead.id))
			.isNull();
		assertThat(detail(lead.email, "SINGLE_SIGN_ON_REFUSED"))
			.startsWith("the identity provider has not verified the email address (" + lead.email + ", not verified;");

		// No claim about it at all is no verification either.
		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", lead.email));
		assertThat(browser.signInThrough(provider).getResponse().getRedirectedUrl())
			.isEqualTo("/login?singleSignOnRefused");
		assertThat(events(lead.email)).containsExactly("SINGLE_SIGN_ON_REFUSED", "SINGLE_SIGN_ON_REFUSED");
	}

	@Test
	void microsoftEntraIdsVerifiedDomainClaimStandsInForEmailVerified() throws Exception {
		Account lead = account(Role.LEAD);
		Browser browser = new Browser(this.mvc);

		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", lead.email, "xms_edov", true));

		assertThat(browser.signInThrough(provider).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(events(lead.email)).containsExactly("SINGLE_SIGN_ON_LINKED", "SIGN_IN");
	}

	@Test
	void anAccountLinkedToOneIdentityIsNotTakenByAnotherWithTheSameEmailAddress() throws Exception {
		Account lead = account(Role.LEAD);
		String first = UUID.randomUUID().toString();
		Browser browser = new Browser(this.mvc);
		provider.signsInNext(first, Map.of("email", lead.email, "email_verified", true));
		browser.signInThrough(provider);
		browser.post("/logout");

		Browser another = new Browser(this.mvc);
		provider.signsInNext(UUID.randomUUID().toString(), Map.of("email", lead.email, "email_verified", true));
		MvcResult refused = another.signInThrough(provider);

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?singleSignOnRefused");
		assertThat(Pages.html(another.follow(refused)).select(".govuk-notification-banner .govuk-body").text())
			.startsWith("Your account in WSOA Tracker is linked to another Council sign-in.");
		assertThat(this.jdbc.queryForObject("select sso_subject from account where id = ?", String.class, lead.id))
			.isEqualTo(first);
	}

	@Test
	void anAnswerFromTheProviderThatIsNotASignInIsRefusedAndLogged() throws Exception {
		Browser browser = new Browser(this.mvc);
		String toProvider = browser.get("/oauth2/authorization/sso").getResponse().getRedirectedUrl();
		String state = toProvider.replaceAll(".*[?&]state=([^&]+).*", "$1");
		long before = count("SINGLE_SIGN_ON_REFUSED");

		// The person cancelled at the provider, which sent them back with an error in place of a code.
		MvcResult refused = browser.get(URI.create("/login/oauth2/code/sso?error=access_denied&state=" + state));

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?singleSignOnRefused");
		assertThat(Pages.html(browser.follow(refused)).select(".govuk-notification-banner .govuk-body").text())
			.isEqualTo("Signing in with Council did not work. Try again.");
		assertThat(count("SINGLE_SIGN_ON_REFUSED")).isEqualTo(before + 1);
		assertThat(this.jdbc.queryForObject("select detail from security_event where kind = 'SINGLE_SIGN_ON_REFUSED'"
				+ " order by id desc limit 1", String.class))
			.isEqualTo("the identity provider's answer was refused: access_denied");
		assertThat(browser.get("/").getResponse().getRedirectedUrl()).endsWith("/login");
	}

	// Helpers

	private Account account(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@sso.example.org";
		String name = "Single Sign-On " + role.label();
		long id = this.accounts.createIfAbsent(new NewAccountCommand(email, name, PASSWORD, role)).id();
		return new Account(id, email, name);
	}

	private String invitationSentTo(String email) throws Exception {
		for (MimeMessage message : mail.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email)) {
				Matcher matcher = INVITATION.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
		}
		throw new AssertionError("No invitation emailed to " + email);
	}

	private void disable(Account account) {
		long adminId = this.accounts.findByEmail(Pages.ADMIN).orElseThrow().id();
		long version = this.accounts.findByEmail(account.email).orElseThrow().version();
		this.accounts.setEnabled(account.id, version, false, adminId);
	}

	private List<String> events(String email) {
		return this.jdbc.queryForList("select kind from security_event where subject_email = ? and kind <> "
				+ "'ACCOUNT_DISABLED' order by id", String.class, email);
	}

	private String detail(String email, String kind) {
		return this.jdbc.queryForObject("select detail from security_event where subject_email = ? and kind = ? "
				+ "order by id desc limit 1", String.class, email, kind);
	}

	private long count(String kind) {
		return this.jdbc.queryForObject("select count(*) from security_event where kind = ?", Long.class, kind);
	}

	private record Account(long id, String email, String name) {
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
