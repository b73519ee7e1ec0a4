package org.wsoatracker.browser;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewInspectionCommand.WeaknessDetails;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.support.TestDatabase;
import org.wsoatracker.support.WebClient;
import org.wsoatracker.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council goes live: the service started on an empty database of its own, with demo mode off, as a local area
 * would run it. No one can sign in until the first administrator is created with the set-up code; the administrator
 * sets up the local area, its partner organisation, its people and its inspection through the forms, and a plan with
 * an action led by one of those people; invites that person as an action lead by email (sent for real to a mail
 * server, GreenMail); the lead sets a password with the emailed link and finds their own action. Every page on the
 * way is checked with axe-core.
 * <p>
 * The methods run in order, on one application context and one database: first the empty database, then the
 * journey, then what is left once an administrator exists.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "wsoa.embedded-database.enabled=false", "wsoa.demo.enabled=false",
				"wsoa.setup-code=" + GoLiveBrowserIT.SETUP_CODE, "wsoa.reminders.cron=-",
				"wsoa.base-url=" + GoLiveBrowserIT.BASE_URL, "wsoa.mail.from=wsoa@golive.example.org",
				"wsoa.secret-key=go-live-browser-test-secret-key-0123456789",
				// The administrators' authenticator apps have a journey of their own: SecondFactorBrowserIT.
				"wsoa.mfa.required-roles=" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GoLiveBrowserIT extends HeadlessBrowserTest {

	static final String SETUP_CODE = "GOLV-7K3M-Q9TX-2WRP";

	static final String BASE_URL = "https://wsoa.golive.example.org";

	private static final String ADMIN_EMAIL = "programme.office@golive.example.org";

	private static final String ADMIN_PASSWORD = "kettle harbour violet surveyor";

	private static final String LEAD_EMAIL = "sam.lead@golive.example.org";

	private static final String LEAD_PASSWORD = "lantern orchard pebble quartet";

	private static final GreenMail greenMail = TestMailServer.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendThrough(greenMail, registry);
	}

	@AfterAll
	static void stopMailServer() {
		greenMail.stop();
	}

	/**
	 * A database of this test's own, created empty on the shared test server: Flyway makes the schema, nothing else
	 * is in it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		JdbcConnectionDetails emptyDatabaseConnectionDetails() {
			return TestDatabase.freshDatabase();
		}

	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Test
	@Order(1)
	void anEmptyDatabaseHasNoAccountAtAllAndOffersTheSetUpPage() throws Exception {
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from local_area", Integer.class)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from setup_code", Integer.class)).isEqualTo(1);

		WebClient client = new WebClient(this.port);
		assertThat(client.get("/setup", "text/html").statusCode()).isEqualTo(200);
		HttpResponse<String> home = client.get("/", "text/html");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	@Order(2)
	void aCouncilGoesLiveFromAnEmptyDatabase() throws Exception {
		// No one can sign in yet: the sign-in page says so and leads to the set-up page.
		visit("/");
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
		assertThat(banner()).isEqualTo("No one can sign in yet");
		driver.findElement(By.linkText("Create the first administrator")).click();
		check();
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/setup"));
		assertThat(heading()).isEqualTo("Create the first administrator");

		// The set-up page: empty, then with a wrong code, then right.
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(errors()).containsExactly("Enter the set-up code", "Enter your full name",
				"Enter your work email address", "Enter a password");

		fillSetUp("AAAA-BBBB-CCCC-DDDD");
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the set-up code written in the service's log when it started");
		assertThat(this.jdbc.queryForObject("select count(*) from account", Integer.class)).isZero();

		fillSetUp(SETUP_CODE.toLowerCase());
		submit();
		check();
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
		assertThat(banner()).isEqualTo("Your administrator account has been created: sign in with it");
		assertThat(driver.findElements(By.linkText("Create the first administrator"))).isEmpty();

		// The administrator signs in and sets up the local area through the forms.
		signInAndWait(ADMIN_EMAIL, ADMIN_PASSWORD);
		check();
		assertThat(heading()).isEqualTo("Programme office");

		visit("/local-areas");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("There are no local areas yet.");
		driver.findElement(By.linkText("Add a local area")).click();
		field("name").sendKeys("Golivetown");
		field("code").sendKeys("GOLIVE");
		submit();
		check();
		assertThat(banner()).isEqualTo("Local area added");
		assertThat(heading()).isEqualTo("Golivetown");
		String areaUrl = driver.getCurrentUrl();

		driver.findElement(By.linkText("Add a partner organisation")).click();
		field("code").sendKeys("GTC");
		field("name").sendKeys("Golivetown Council");
		field("kind").click();
		submit();
		assertThat(banner()).isEqualTo("Organisation added");

		driver.findElement(By.linkText("Add a person")).click();
		field("initials").sendKeys("S.L");
		field("name").sendKeys("Sam Lead");
		new Select(field("organisation")).selectByVisibleText("Golivetown Council (GTC)");
		field("roleTitle").sendKeys("Head of SEND");
		field("group").click();
		field("email").sendKeys(LEAD_EMAIL);
		submit();
		assertThat(banner()).isEqualTo("Person added");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sam Lead");

		driver.get(areaUrl);
		driver.findElement(By.linkText("Add an inspection")).click();
		field("framework").click();
		date("startDate", "9", "12", "2025");
		date("endDate", "13", "12", "2025");
		date("publicationDate", "18", "2", "2026");
		field("outcome").click();
		submit();
		assertThat(banner()).isEqualTo("Inspection added");

		// The inspection's area of weakness, the plan, its area for improvement answering it and its action led by Sam
		// Lead, made in one go as a spreadsheet import would: this journey is about accounts, and the next one walks
		// the plan's forms.
		long localArea = this.people.findLocalAreaByCode("GOLIVE").orElseThrow().id();
		long inspection = this.inspections.inspections(localArea).get(0).id();
		this.inspections.addWeakness(inspection,
				new WeaknessDetails(1, "Leaders do not know how well the plan for SEND is going"));
		long lead = this.people.findByReference(localArea, "S.L", "GTC").orElseThrow().id();
		this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Golivetown written statement of action",
						PlanStatus.DRAFT, "YORK_SIX_STEP", null, null, null, null),
				List.of(), List.of(YearMonth.of(2026, 6)), List.of(),
				List.of(new AreaCommand(1, "Leadership and governance", "Leaders do not know how well the plan is going",
						List.of(1), List.of(new ActionDetails("1.1", "Leaders know how well the plan is going",
								"Report progress to the board every month", PlanDate.parse("2026-03"),
								PlanDate.parse("2026-12"), null, List.of(lead), List.of(), List.of(), null,
								List.of()))))));
		visit("/plans");
		driver.findElement(By.linkText("Golivetown written statement of action")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Leadership and governance",
				"S.L (GTC)");

		// The administrator invites the lead, linked to their person in the plans.
		visit("/accounts");
		assertThat(driver.findElement(By.tagName("caption")).getText()).isEqualTo("1 account");
		driver.findElement(By.linkText("Invite someone")).click();
		check();
		submit();
		check();
		assertThat(errors()).containsExactly("Enter the person's full name", "Enter the person's work email address",
				"Select what the person may do");
		field("name").sendKeys("Sam Lead");
		field("email").sendKeys(LEAD_EMAIL);
		driver.findElement(By.cssSelector("input[name=role][value=LEAD]")).click();
		new Select(field("person")).selectByVisibleText("Sam Lead (GTC), Golivetown");
		submit();
		check();
		assertThat(banner()).isEqualTo("Invitation sent to " + LEAD_EMAIL);
		assertThat(heading()).isEqualTo("Sam Lead");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Action lead", "Sam Lead, Golivetown",
				"Invited");

		// The email arrives, with a link to set a password.
		MimeMessage invitation = onlyEmailTo(LEAD_EMAIL, 1);
		assertThat(invitation.getSubject()).isEqualTo("Your WSOA Tracker account");
		String invitationPath = link(invitation, "/invitations/");

		// The lead follows the link: a common password is refused, a good one is taken.
		driver.manage().deleteAllCookies();
		visit(invitationPath);
		assertThat(heading()).isEqualTo("Set your password");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Welcome, Sam Lead", LEAD_EMAIL);
		field("password").sendKeys("password1234");
		submit();
		check();
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(errors()).containsExactly("Choose a password that is harder to guess: this one is on a list of"
				+ " common passwords or is too like your email address");
		field("password").sendKeys("qwerty123456");
		submit();
		assertThat(errors()).hasSize(1).first().asString().startsWith("Choose a password that is harder to guess");

		field("password").sendKeys(LEAD_PASSWORD);
		submit();
		check();
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/login"));
		assertThat(banner()).isEqualTo("Your password is set: sign in with your email address and your new password");

		// The lead signs in and finds their own action.
		signInAndWait(LEAD_EMAIL, LEAD_PASSWORD);
		visit("/my-actions");
		List<WebElement> rows = driver.findElements(By.cssSelector("main table tbody tr"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("1.1", "Leaders know how well the plan is going");

		// Their own account and its password.
		visit("/account");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Sam Lead", LEAD_EMAIL, "Action lead");
		driver.findElement(By.partialLinkText("Change")).click();
		check();
		assertThat(heading()).isEqualTo("Change your password");
		field("currentPassword").sendKeys("not my password at all");
		field("password").sendKeys("another long passphrase here");
		submit();
		check();
		assertThat(errors()).containsExactly("Your current password is not correct");

		// The invitation link works once.
		visit(invitationPath);
		assertThat(heading()).isEqualTo("This link has expired or has already been used");

		// Signed out, the lead asks for a password reset link, which is emailed.
		driver.manage().deleteAllCookies();
		visit("/login");
		driver.findElement(By.linkText("I have forgotten my password")).click();
		check();
		assertThat(heading()).isEqualTo("Reset your password");
		field("email").sendKeys(LEAD_EMAIL);
		submit();
		check();
		assertThat(heading()).isEqualTo("Check your email");
		MimeMessage reset = onlyEmailTo(LEAD_EMAIL, 2);
		assertThat(reset.getSubject()).isEqualTo("Reset your WSOA Tracker password");
		assertThat(link(reset, "/password-reset/")).startsWith("/password-reset/");

		// The administrator reads the security event log.
		signInAndWait(ADMIN_EMAIL, ADMIN_PASSWORD);
		visit("/security-log");
		List<List<String>> events = driver.findElements(By.cssSelector("main table tbody tr"))
			.stream()
			.map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
			.toList();
		assertThat(events).anySatisfy(event -> assertThat(event).containsSubsequence("Signed in", LEAD_EMAIL));
		assertThat(events).anySatisfy(event -> assertThat(event).containsSubsequence("Signed in", ADMIN_EMAIL));
		assertThat(events)
			.anySatisfy(event -> assertThat(event).containsSubsequence("Invitation sent", LEAD_EMAIL, ADMIN_EMAIL));
		assertThat(events).anySatisfy(event -> assertThat(event).containsSubsequence("Invitation accepted", LEAD_EMAIL));
		assertThat(events).anySatisfy(event -> assertThat(event).containsSubsequence("Set-up code refused"));
		assertThat(events)
			.anySatisfy(event -> assertThat(event).containsSubsequence("First administrator created", ADMIN_EMAIL));
	}

	@Test
	@Order(3)
	void theSetUpPageIsGoneOnceAnAdministratorExists() throws Exception {
		if (!this.accounts.administratorExists()) {
			// Run on its own: the set-up code of this start is still there to use.
			this.accounts.createFirstAdministrator(SETUP_CODE, "Programme office", ADMIN_EMAIL, ADMIN_PASSWORD);
		}
		assertThat(this.jdbc.queryForObject("select count(*) from setup_code", Integer.class)).isZero();

		WebClient client = new WebClient(this.port);
		assertThat(client.get("/setup", "text/html").statusCode()).isEqualTo(404);
		HttpResponse<String> again = client.post("/setup", Map.of("code", SETUP_CODE, "name", "Someone else",
				"email", "someone.else@golive.example.org", "password", "a different long passphrase"));
		assertThat(again.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from account where role = 'ADMIN'", Integer.class))
			.isEqualTo(1);
	}

	/**
	 * A programme office sets up its first plan in an empty local area through the forms only, runs a month of
	 * reporting on it and publishes the report that the scrutiny committee reads; every page checked with axe-core.
	 */
	@Test
	@Order(4)
	void aProgrammeOfficeSetsUpItsFirstPlanFromAnEmptyLocalAreaAndReportsOnIt() throws Exception {
		if (!this.accounts.administratorExists()) {
			this.accounts.createFirstAdministrator(SETUP_CODE, "Programme office", ADMIN_EMAIL, ADMIN_PASSWORD);
		}
		signInAndWait(ADMIN_EMAIL, ADMIN_PASSWORD);

		// An empty local area, its two partner organisations and three people.
		visit("/local-areas/new");
		field("name").sendKeys("Brookfield");
		field("code").sendKeys("BROOK");
		submit();
		check();
		assertThat(banner()).isEqualTo("Local area added");
		String areaUrl = driver.getCurrentUrl();
		long localArea = this.people.findLocalAreaByCode("BROOK").orElseThrow().id();
		organisation(areaUrl, "BC", "Brookfield Council");
		organisation(areaUrl, "ICB", "Brookfield Integrated Care Board");
		person(areaUrl, "A.L", "Alex Lead", "Brookfield Council (BC)", "alex.lead@brook.example.org");
		person(areaUrl, "B.H", "Bea Health", "Brookfield Integrated Care Board (ICB)", "bea.health@brook.example.org");
		person(areaUrl, "C.C", "Cal Chair", "Brookfield Council (BC)", "cal.chair@brook.example.org");
		assertThat(this.jdbc.queryForObject("select count(*) from person where local_area_id = ?", Integer.class,
				localArea)).isEqualTo(3);

		// The inspection and its two areas of weakness.
		driver.get(areaUrl);
		driver.findElement(By.linkText("Add an inspection")).click();
		field("framework").click();
		date("startDate", "2", "3", "2026");
		date("endDate", "6", "3", "2026");
		date("publicationDate", "20", "4", "2026");
		field("outcome").click();
		submit();
		check();
		assertThat(banner()).isEqualTo("Inspection added");
		String inspectionUrl = driver.getCurrentUrl();
		weakness(inspectionUrl, "1", "Leaders do not know how well the plan is going.");
		weakness(inspectionUrl, "2", "Too many children wait too long for an assessment of their needs.");
		assertThat(this.jdbc.queryForList("select w.number from inspection_weakness w join inspection i on i.id = w.inspection_id"
				+ " where i.local_area_id = ? order by w.number", Integer.class, localArea)).containsExactly(1, 2);

		// The plan, two areas, three actions.
		visit("/plans/new");
		check();
		new Select(field("inspectionId")).selectByIndex(1);
		field("title").sendKeys("Brookfield written statement of action");
		field("kind").click();
		field("status").click();
		field("scale").click();
		submit();
		check();
		assertThat(heading()).isEqualTo("Brookfield written statement of action");
		String planUrl = driver.getCurrentUrl();
		long planId = Long.parseLong(planUrl.substring(planUrl.lastIndexOf('/') + 1));
		area(planUrl, "1", "Leadership and governance", "Leaders do not know how well the plan is going", 1);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("No area answers these weaknesses");
		area(planUrl, "2", "Assessment and leadership", "Children wait too long, and leaders do not know it", 1, 2);
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("No area answers these weaknesses");
		assertThat(this.jdbc.queryForList("select w.number from plan_area_weakness aw"
				+ " join inspection_weakness w on w.id = aw.weakness_id join plan_area pa on pa.id = aw.area_id"
				+ " where pa.plan_id = ? and pa.number = 2 order by w.number", Integer.class, planId))
			.containsExactly(1, 2);

		driver.get(planUrl);
		driver.findElement(By.xpath("//a[normalize-space()='Add an action to area 1']")).click();
		check();
		replace(field("number"), "1.1");
		field("outcome").sendKeys("Leaders know how well the plan is going");
		field("action").sendKeys("Report progress to the board every month");
		field("start-month").sendKeys("5");
		field("start-year").sendKeys("2026");
		field("end-month").sendKeys("3");
		field("end-year").sendKeys("2027");
		tick("A.L – Alex Lead (BC)");
		tick("B.H – Bea Health (ICB)");
		named("measures[0].text").sendKeys("Board members who say they know how the plan is going");
		named("measures[0].baseline").sendKeys("20");
		named("measures[0].target").sendKeys("90");
		named("measures[0].unit").sendKeys("%");
		named("measures[0].targetMonth.month").sendKeys("3");
		named("measures[0].targetMonth.year").sendKeys("2027");
		named("measures[1].text").sendKeys("Monthly reports sent on time");
		named("subActions[0].label").sendKeys("A");
		named("subActions[0].text").sendKeys("Agree the dashboard with the board");
		named("subActions[0].start.month").sendKeys("5");
		named("subActions[0].start.year").sendKeys("2026");
		named("subActions[0].end.month").sendKeys("7");
		named("subActions[0].end.year").sendKeys("2026");
		submit();
		check();
		assertThat(banner()).isEqualTo("Action 1.1 added");
		action(planUrl, 1, "1.2", "The board hears from parents", "Invite parents to every board", "C.C – Cal Chair (BC)");
		action(planUrl, 2, "2.1", "Assessments finish within 20 weeks", "Recruit two educational psychologists",
				"B.H – Bea Health (ICB)");

		assertThat(this.jdbc.queryForList("select a.number from plan_action a join plan_area pa on pa.id = a.area_id"
				+ " where pa.plan_id = ? order by a.number", String.class, planId)).containsExactly("1.1", "1.2", "2.1");
		long action = this.jdbc.queryForObject("select a.id from plan_action a join plan_area pa on pa.id = a.area_id"
				+ " where pa.plan_id = ? and a.number = '1.1'", Long.class, planId);
		assertThat(this.jdbc.queryForList("select text from measure where action_id = ? order by position",
				String.class, action)).containsExactly("Board members who say they know how the plan is going",
						"Monthly reports sent on time");
		assertThat(this.jdbc.queryForMap("select baseline, target, unit, target_month from measure"
				+ " where action_id = ? order by position limit 1", action)).containsEntry("unit", "%")
			.containsEntry("target_month", java.sql.Date.valueOf("2027-03-01"));
		assertThat(this.jdbc.queryForList("select label from sub_action where action_id = ?", String.class, action))
			.containsExactly("A");
		assertThat(this.jdbc.queryForList("select o.code from action_lead l join person p on p.id = l.person_id"
				+ " join organisation o on o.id = p.organisation_id where l.action_id = ? order by o.code",
				String.class, action)).containsExactly("BC", "ICB");
		assertThat(this.jdbc.queryForMap("select start_date, start_precision, end_date, end_precision"
				+ " from plan_action where id = ?", action)).containsEntry("start_precision", "MONTH")
			.containsEntry("end_precision", "MONTH");

		// A reporting period.
		driver.get(planUrl);
		driver.findElement(By.linkText("Reporting periods and board review")).click();
		check();
		String periodsUrl = driver.getCurrentUrl();
		field("month").sendKeys("6");
		field("month-year").sendKeys("2026");
		date("dueDate", "30", "6", "2026");
		submit(By.cssSelector("main form[action$='/periods'] button[type=submit]"));
		check();
		long period = this.jdbc.queryForObject("select id from reporting_period where plan_id = ?", Long.class, planId);

		// Accounts for the lead, a board member and a scrutiny councillor, each through an emailed invitation.
		invite("Alex Lead", "alex.lead@brook.example.org", "LEAD", "Alex Lead (BC), Brookfield");
		invite("Cal Chair", "cal.chair@brook.example.org", "BOARD", null);
		invite("Dee Councillor", "dee.councillor@brook.example.org", "SCRUTINY", null);
		acceptInvitation("alex.lead@brook.example.org", "meadow lantern copper violin");
		acceptInvitation("cal.chair@brook.example.org", "harbour thistle amber piano");
		acceptInvitation("dee.councillor@brook.example.org", "orchard velvet granite flute");

		// The lead updates action 1.1 and submits it to the board.
		signInAndWait("alex.lead@brook.example.org", "meadow lantern copper violin");
		visit("/my-actions");
		check();
		driver.findElement(By.linkText("1.1")).click();
		check();
		driver.findElement(By.partialLinkText("Update for June 2026")).click();
		check();
		driver.findElement(By.cssSelector("label[for=status-3]")).click();
		field("done").sendKeys("The board saw its first dashboard");
		field("nextSteps").sendKeys("Agree the dashboard's measures");
		submit(By.cssSelector("button[value=submit]"));
		check();
		assertThat(banner()).isEqualTo("Update submitted to the board");
		long update = this.jdbc.queryForObject("select id from progress_update where action_id = ? and state = 'SUBMITTED'",
				Long.class, action);

		// The board member finds the decision waiting on the home page and accepts the update.
		signInAndWait("cal.chair@brook.example.org", "harbour thistle amber piano");
		check();
		assertThat(driver.findElement(By.cssSelector(".app-decisions-waiting")).getText())
			.isEqualTo("Brookfield written statement of action, June 2026: 1 update waits for the board's decision");
		driver.findElement(By.partialLinkText("Brookfield written statement of action, June 2026")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Alex Lead", "The board saw its first dashboard");
		driver.findElement(By.cssSelector("label[for=decision-" + update + "]")).click();
		submit();
		check();
		assertThat(banner()).isEqualTo("You accepted the update on action 1.1");
		assertThat(this.jdbc.queryForObject("select state from progress_update where id = ?", String.class, update))
			.isEqualTo("ACCEPTED");

		// The programme office closes the period through its check page, then publishes the report.
		signInAndWait(ADMIN_EMAIL, ADMIN_PASSWORD);
		driver.get(periodsUrl);
		driver.findElement(By.cssSelector("a[href$='/periods/" + period + "/close']")).click();
		check();
		assertThat(driver.findElements(By.tagName("caption"))).extracting(WebElement::getText)
			.containsExactly("2 actions have no update");
		submit(By.cssSelector("main form button[type=submit]"));
		check();
		assertThat(banner()).startsWith("Reporting period for June 2026 closed");
		assertThat(this.jdbc.queryForObject("select status from reporting_period where id = ?", String.class, period))
			.isEqualTo("CLOSED");
		driver.findElement(By.cssSelector("a[href$='/periods/" + period + "/publish']")).click();
		check();
		field("committee").sendKeys("Children and Young People Scrutiny Committee");
		field("reportOf").sendKeys("Director of Children's Services");
		submit();
		check();
		assertThat(banner()).startsWith("Report for June 2026 published as version 1");
		assertThat(this.jdbc.queryForObject("select count(*) from published_report where period_id = ?",
				Integer.class, period)).isEqualTo(1);

		// The scrutiny councillor reads it.
		signInAndWait("dee.councillor@brook.example.org", "orchard velvet granite flute");
		visit("/reports");
		check();
		driver.findElement(By.linkText("Progress to June 2026")).click();
		check();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Brookfield written statement of action",
				"Leaders know how well the plan is going", "The board saw its first dashboard");
	}

	private void organisation(String areaUrl, String code, String name) {
		driver.get(areaUrl);
		driver.findElement(By.linkText("Add a partner organisation")).click();
		check();
		field("code").sendKeys(code);
		field("name").sendKeys(name);
		field("kind").click();
		submit();
		check();
		assertThat(banner()).isEqualTo("Organisation added");
	}

	private void person(String areaUrl, String initials, String name, String organisation, String email) {
		driver.get(areaUrl);
		driver.findElement(By.linkText("Add a person")).click();
		check();
		field("initials").sendKeys(initials);
		field("name").sendKeys(name);
		new Select(field("organisation")).selectByVisibleText(organisation);
		field("roleTitle").sendKeys("Officer");
		field("group").click();
		field("email").sendKeys(email);
		submit();
		check();
		assertThat(banner()).isEqualTo("Person added");
	}

	private void weakness(String inspectionUrl, String number, String text) {
		driver.get(inspectionUrl);
		driver.findElement(By.linkText("Add an area of weakness")).click();
		check();
		replace(field("number"), number);
		field("text").sendKeys(text);
		submit();
		check();
	}

	private void area(String planUrl, String number, String title, String weaknessText, int... weaknesses) {
		driver.get(planUrl);
		driver.findElement(By.linkText("Add an area for improvement")).click();
		check();
		replace(field("number"), number);
		field("title").sendKeys(title);
		for (int weakness : weaknesses) {
			tick("Area of weakness " + weakness);
		}
		field("weaknessText").sendKeys(weaknessText);
		submit();
		check();
		assertThat(banner()).isEqualTo("Area " + number + " added");
	}

	private void action(String planUrl, int area, String number, String outcome, String text, String lead) {
		driver.get(planUrl);
		driver.findElement(By.xpath("//a[normalize-space()='Add an action to area " + area + "']")).click();
		replace(field("number"), number);
		field("outcome").sendKeys(outcome);
		field("action").sendKeys(text);
		field("start-month").sendKeys("6");
		field("start-year").sendKeys("2026");
		field("end-month").sendKeys("12");
		field("end-year").sendKeys("2026");
		tick(lead);
		submit();
		check();
		assertThat(banner()).isEqualTo("Action " + number + " added");
	}

	private void invite(String name, String email, String role, String person) {
		visit("/accounts/invite");
		field("name").sendKeys(name);
		field("email").sendKeys(email);
		driver.findElement(By.cssSelector("input[name=role][value=" + role + "]")).click();
		// The local area they work in: Brookfield, of the administrator's local areas.
		WebElement brookfield = driver.findElement(By.id(driver
			.findElement(By.xpath("//label[contains(@class, 'govuk-checkboxes__label')][normalize-space()='Brookfield']"))
			.getAttribute("for")));
		if (!brookfield.isSelected()) {
			brookfield.click();
		}
		if (person != null) {
			new Select(field("person")).selectByVisibleText(person);
		}
		submit();
		check();
		assertThat(banner()).isEqualTo("Invitation sent to " + email);
	}

	private void acceptInvitation(String email, String password) throws Exception {
		String invitation = link(newestEmailTo(email), "/invitations/");
		driver.manage().deleteAllCookies();
		visit(invitation);
		field("password").sendKeys(password);
		submit();
		check();
		assertThat(banner()).isEqualTo("Your password is set: sign in with your email address and your new password");
	}

	/**
	 * Types the value over what the form suggested.
	 */
	private static void replace(WebElement field, String value) {
		field.clear();
		field.sendKeys(value);
	}

	private static WebElement named(String name) {
		return driver.findElement(By.name(name));
	}

	private static void tick(String label) {
		driver.findElement(By.xpath("//label[normalize-space()='" + label + "']")).click();
	}

	/**
	 * The newest email to the address, waiting up to 10 seconds for one to arrive.
	 */
	private static MimeMessage newestEmailTo(String address) throws Exception {
		for (int tries = 0; tries < 100; tries++) {
			MimeMessage[] received = greenMail.getReceivedMessages();
			for (int i = received.length - 1; i >= 0; i--) {
				if (java.util.Arrays.stream(received[i].getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
					return received[i];
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No email to " + address);
	}

	private void fillSetUp(String code) {
		field("code").clear();
		field("code").sendKeys(code);
		field("name").clear();
		field("name").sendKeys("Pat Programme");
		field("email").clear();
		field("email").sendKeys(ADMIN_EMAIL);
		field("password").clear();
		field("password").sendKeys(ADMIN_PASSWORD);
	}

	/**
	 * Signs in and waits for the home page, so that the next page is not asked for while signing in is still going
	 * on.
	 */
	private void signInAndWait(String email, String password) {
		signIn(email, password);
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private void date(String field, String day, String month, String year) {
		field(field).sendKeys(day);
		field(field + "-month").sendKeys(month);
		field(field + "-year").sendKeys(year);
	}

	private static List<String> errors() {
		return driver.findElements(By.cssSelector(".govuk-error-summary a")).stream().map(WebElement::getText).toList();
	}

	private static String banner() {
		return driver.findElement(By.cssSelector(".govuk-notification-banner__heading")).getText();
	}

	/**
	 * The newest of the emails to the address, once the mail server has received the given number in all.
	 */
	private static MimeMessage onlyEmailTo(String address, int expectedInAll) throws MessagingException {
		assertThat(greenMail.waitForIncomingEmail(10_000, expectedInAll)).as("%d emails received", expectedInAll)
			.isTrue();
		MimeMessage[] received = greenMail.getReceivedMessages();
		assertThat(received).hasSize(expectedInAll);
		MimeMessage newest = received[received.length - 1];
		assertThat(newest.getAllRecipients()).extracting(Object::toString).containsExactly(address);
		return newest;
	}

	/**
	 * The path of the one link in the email's text that starts with the service's address and the given path.
	 */
	private static String link(MimeMessage email, String path) throws MessagingException, IOException {
		String text = part(email, "text/plain");
		assertThat(text).as("the email's text").isNotNull();
		Matcher link = Pattern.compile(Pattern.quote(BASE_URL + path) + "[A-Za-z0-9_-]{20,}").matcher(text);
		assertThat(link.find()).as("a link to %s%s in:%n%s", BASE_URL, path, text).isTrue();
		String found = link.group();
		assertThat(link.find()).as("only one such link").isFalse();
		return found.substring(BASE_URL.length());
	}

	private static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
