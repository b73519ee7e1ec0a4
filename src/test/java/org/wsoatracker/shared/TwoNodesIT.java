package org.wsoatracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.wsoatracker.WsoaTrackerApplication;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.support.TestMailServer;
import org.wsoatracker.support.TestProxy;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the service on one database, behind nginx sending each request to the next instance in turn, as
 * docker-compose.yml's two-nodes profile runs them (the same docker/nginx/wsoa.conf, run by Debian's nginx). The
 * instances start at the same moment on an empty database, set up as Compose sets them up where it matters here: demo
 * mode off, Flyway migrating as the owner of the tables, the application working as a role of its own. The second
 * factor is not asked for (it has tests of its own).
 * <p>
 * Through the proxy, as a browser: a form from one instance is accepted by the other (its CSRF token, and the session
 * that holds it, are in PostgreSQL), sent again to the first it is saved once, a made-up token is refused and writes
 * nothing, and a person signed in on one instance is signed in on the other. Behind it: the migrations ran once, and
 * the reminder job, started by both instances at the same moment, sends one email. Which instance gave an answer is
 * read from nginx's access log, by the answer's X-Request-Id.
 * <p>
 * The methods run in order, on the same instances and database: the first administrator is created, then signs in,
 * then makes the local area the reminders are about.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

	private static final String SETUP_CODE = "NODE-7K3M-Q9TX-2WRP";

	private static final String ADMIN_NAME = "Pat Programme";

	private static final String ADMIN_EMAIL = "programme.office@nodes.example.org";

	private static final String ADMIN_PASSWORD = "kettle harbour violet surveyor";

	private static final String LEAD_EMAIL = "lee.node@nodes.example.org";

	/** What a browser might claim to be, in an X-Forwarded-For of its own: nginx replaces it. */
	private static final String CLAIMED_ADDRESS = "203.0.113.7";

	private static EmbeddedPostgres postgres;

	private static JdbcTemplate database;

	private static GreenMail mail;

	private static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private static TestProxy proxy;

	/** One browser, with its cookies, that reaches the service only through the proxy. */
	private static final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	static void startTwoInstancesAtOnceBehindTheProxy() throws Exception {
		TestProxy.assumeInstalled();
		postgres = EmbeddedPostgres.builder().start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				InputStream roles = new ClassPathResource("db/roles.sql").getInputStream()) {
			statement.execute(new String(roles.readAllBytes(), StandardCharsets.UTF_8));
		}
		database = new JdbcTemplate(postgres.getPostgresDatabase());
		mail = TestMailServer.start();
		String[] settings = { "--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
				"--spring.datasource.username=wsoa_app", "--spring.datasource.password=",
				"--spring.flyway.user=wsoa_owner", "--spring.flyway.password=", "--wsoa.demo.enabled=false",
				"--wsoa.setup-code=" + SETUP_CODE, "--wsoa.secret-key=two-nodes-test-secret-key-0123456789abcdef",
				"--wsoa.mfa.required-roles=", "--wsoa.base-url=https://wsoa.nodes.example.org",
				"--wsoa.mail.from=wsoa@nodes.example.org", "--spring.mail.host=localhost",
				"--spring.mail.port=" + mail.getSmtp().getPort(),
				// Scheduled, so that the scheduler holds the job as in production, but at a moment no test run meets.
				"--wsoa.reminders.cron=0 0 3 29 2 *" };
		// Spring Boot sets up the JVM's logging as an application starts, not made for two starting at once: the second
		// instance sets it up once the first has, then both load their beans, Flyway first, from the same moment.
		CountDownLatch firstHasLogging = new CountDownLatch(1);
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try {
			List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				boolean first = i == 0;
				starts.add(starting.submit(() -> {
					if (!first) {
						firstHasLogging.await(60, TimeUnit.SECONDS);
					}
					return new SpringApplicationBuilder(WsoaTrackerApplication.class)
						.listeners((ApplicationListener<ApplicationEvent>) event -> {
							if (event instanceof ApplicationContextInitializedEvent) {
								firstHasLogging.countDown();
							}
							else if (event instanceof ApplicationPreparedEvent) {
								await(together);
							}
						})
						.run(settings);
				}));
			}
			Exception failed = null;
			for (Future<ConfigurableApplicationContext> start : starts) {
				try {
					nodes.add(start.get(3, TimeUnit.MINUTES)); // each started instance, to be stopped after
				}
				catch (ExecutionException | TimeoutException ex) {
					failed = (failed == null) ? ex : failed;
				}
			}
			if (failed != null) {
				throw failed;
			}
		}
		finally {
			starting.shutdownNow();
		}
		proxy = TestProxy.start(port(0), port(1));
	}

	@AfterAll
	static void stopEverything() throws IOException {
		if (proxy != null) {
			proxy.close();
		}
		nodes.forEach(ConfigurableApplicationContext::close);
		if (mail != null) {
			mail.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void bothInstancesStartedTogetherAndTheMigrationsRanOnce() throws Exception {
		List<String> versions;
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			versions = files.map(file -> file.getFileName().toString())
				.map(Pattern.compile("^V(\\d+)__.+\\.sql$")::matcher)
				.filter(Matcher::matches)
				.map(name -> name.group(1))
				.toList();
		}
		assertThat(versions).isNotEmpty();
		List<Map<String, Object>> history = database.queryForList(
				"select version, count(*) as runs, bool_and(success) as succeeded from flyway_schema_history"
						+ " where version is not null group by version");
		assertThat(history).extracting(row -> row.get("version")).containsExactlyInAnyOrderElementsOf(versions);
		assertThat(history).allSatisfy(row -> {
			assertThat(row.get("runs")).as("runs of V%s", row.get("version")).isEqualTo(1L);
			assertThat(row.get("succeeded")).as("V%s succeeded", row.get("version")).isEqualTo(true);
		});

		// Both answer through the proxy, each in turn.
		HttpResponse<String> first = readiness();
		HttpResponse<String> second = readiness();
		assertThat(List.of(first.statusCode(), second.statusCode())).containsExactly(200, 200);
		assertThat(List.of(instance(first), instance(second))).containsExactlyInAnyOrder("node 1", "node 2");
	}

	@Test
	@Order(2)
	void theSetUpFormFromOneInstanceIsAcceptedByTheOther() throws Exception {
		assertThat(database.queryForObject("select count(*) from account", Integer.class)).isZero();

		HttpResponse<String> page = get("/setup");
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> form = form(page);
		form.put("code", SETUP_CODE);
		form.put("name", ADMIN_NAME);
		form.put("email", ADMIN_EMAIL);
		form.put("password", ADMIN_PASSWORD);
		HttpResponse<String> created = post("/setup", form);

		assertThat(instance(created)).isNotEqualTo(instance(page));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(database.queryForList("select email, role from account")).containsExactly(
				Map.of("email", ADMIN_EMAIL, "role", "ADMIN"));
	}

	@Test
	@Order(3)
	void aPersonSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
		HttpResponse<String> page = get("/login");
		Map<String, String> form = form(page);
		form.put("username", ADMIN_EMAIL);
		form.put("password", ADMIN_PASSWORD);
		HttpResponse<String> signedIn = post("/login", form);
		assertThat(instance(signedIn)).isNotEqualTo(instance(page));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");

		HttpResponse<String> home = get("/");
		assertThat(instance(home)).isNotEqualTo(instance(signedIn));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(home.body()).select(".app-header__account").text())
			.contains("Signed in as " + ADMIN_NAME);

		HttpResponse<String> again = get("/");
		assertThat(instance(again)).isEqualTo(instance(signedIn));
		assertThat(Jsoup.parse(again.body()).select(".app-header__account").text())
			.contains("Signed in as " + ADMIN_NAME);
	}

	@Test
	@Order(4)
	void aCsrfTokenFromOneInstanceIsAcceptedByTheOtherAndAMadeUpOneIsRefused() throws Exception {
		HttpResponse<String> page = get("/local-areas/new");
		assertThat(page.statusCode()).isEqualTo(200);
		Map<String, String> form = form(page);
		assertThat(form.get("_csrf")).isNotBlank();

		Map<String, String> madeUp = new LinkedHashMap<>(form);
		form.put("name", "Nodeshire");
		form.put("code", "NODES");
		HttpResponse<String> added = post("/local-areas", form);
		assertThat(instance(added)).isNotEqualTo(instance(page));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(database.queryForList("select name from local_area where code = 'NODES'", String.class))
			.containsExactly("Nodeshire");

		// Sent again (a double click), to the first instance: it finds the form sent, and sends the person where the
		// other instance did.
		HttpResponse<String> again = post("/local-areas", form);
		assertThat(instance(again)).isNotEqualTo(instance(added));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).isEqualTo(added.headers().firstValue("Location"));
		assertThat(database.queryForObject("select count(*) from local_area where code = 'NODES'", Integer.class))
			.isEqualTo(1);

		madeUp.put("_csrf", randomToken());
		madeUp.put("name", "Forgedshire");
		madeUp.put("code", "FORGED");
		HttpResponse<String> refused = post("/local-areas", madeUp);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(database.queryForObject("select count(*) from local_area where code = 'FORGED'", Integer.class))
			.isZero();
	}

	/**
	 * Both instances trust the proxy's X-Forwarded-* headers: the redirect to the sign-in page names the proxy's
	 * address, not the instance's, and the security event log records the address nginx saw, not one the browser
	 * claimed.
	 */
	@Test
	@Order(5)
	void theInstancesTakeTheBrowsersAddressFromTheProxy() throws Exception {
		HttpClient stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		for (int i = 0; i < 2; i++) { // once from each instance
			HttpResponse<String> home = stranger.send(request("/").GET().build(), HttpResponse.BodyHandlers.ofString());
			assertThat(home.statusCode()).isEqualTo(302);
			assertThat(home.headers().firstValue("Location"))
				.contains("http://localhost:" + proxy.port() + "/login");
		}

		assertThat(database.queryForList("select distinct kind from security_event", String.class))
			.contains("FIRST_ADMINISTRATOR_CREATED", "SIGN_IN", "ACCESS_REFUSED");
		assertThat(database.queryForList("select distinct ip_address from security_event", String.class))
			.containsExactly("127.0.0.1");
	}

	/**
	 * The reminder job, as the scheduler of each instance runs it, started on both at the same moment: one takes the
	 * lock in the database (ShedLock, held for at least five minutes) and sends the lead's reminder; the other finds
	 * the lock taken and does nothing.
	 */
	@Test
	@Order(6)
	void theReminderJobStartedOnBothInstancesAtOnceRemindsTheLeadOnce() throws Exception {
		long person = overdueUpdateLedBy(LEAD_EMAIL);
		List<Runnable> jobs = nodes.stream().map(TwoNodesIT::scheduledReminderJob).toList();

		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService running = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable job : jobs) {
				runs.add(running.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					job.run();
					return null;
				}));
			}
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			running.shutdownNow();
		}

		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(LEAD_EMAIL);
		assertThat(received[0].getSubject()).startsWith("Reminder: ");
		assertThat(database.queryForObject("select count(*) from reminder_sent where person_id = ?", Integer.class,
				person)).isEqualTo(1);
		Map<String, Object> lock = database.queryForMap("select locked_at, lock_until from shedlock where name = ?",
				"wsoa-reminders");
		assertThat(Duration.between(((Timestamp) lock.get("locked_at")).toLocalDateTime(),
				((Timestamp) lock.get("lock_until")).toLocalDateTime()))
			.as("the lock is held for at least five minutes after the run started")
			.isEqualTo(Duration.ofMinutes(5));
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (BrokenBarrierException | TimeoutException ex) {
			throw new IllegalStateException("The other instance did not get as far", ex);
		}
	}

	// The browser

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return browser.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> readiness() throws IOException, InterruptedException {
		return browser.send(request("/actuator/health/readiness").setHeader("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return browser.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + proxy.port() + path))
			.header("Accept", "text/html")
			.header("X-Forwarded-For", CLAIMED_ADDRESS);
	}

	/**
	 * The hidden fields of the page's form (the CSRF token, the form's one-time submission token), as a browser sends
	 * them back.
	 */
	private static Map<String, String> form(HttpResponse<String> page) {
		Document html = Jsoup.parse(page.body());
		Element form = html.selectFirst("main form");
		assertThat(form).as("a form in the page's main part").isNotNull();
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element hidden : form.select("input[type=hidden]")) {
			fields.put(hidden.attr("name"), hidden.val());
		}
		return fields;
	}

	/**
	 * Which instance answered, by nginx's access log: "node 1" or "node 2".
	 */
	private static String instance(HttpResponse<?> response) {
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		int port = proxy.instanceThatAnswered(requestId);
		for (int i = 0; i < nodes.size(); i++) {
			if (port(i) == port) {
				return "node " + (i + 1);
			}
		}
		throw new AssertionError("No instance listens on port " + port);
	}

	private static String randomToken() {
		byte[] bytes = new byte[48];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().encodeToString(bytes);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	// The instances

	private static int port(int node) {
		return ((WebServerApplicationContext) nodes.get(node)).getWebServer().getPort();
	}

	/**
	 * The reminder job as the instance's scheduler holds it, to run as the scheduler would.
	 */
	private static Runnable scheduledReminderJob(ConfigurableApplicationContext node) {
		List<ScheduledTask> tasks = node.getBeansOfType(ScheduledTaskHolder.class)
			.values()
			.stream()
			.flatMap(holder -> holder.getScheduledTasks().stream())
			.toList();
		List<ScheduledTask> reminders = tasks.stream()
			.filter(task -> task.toString().contains("ReminderJob.run"))
			.toList();
		assertThat(reminders).as("the reminder job among the scheduled tasks %s", tasks).hasSize(1);
		return reminders.get(0).getTask().getRunnable();
	}

	/**
	 * A plan in the local area made above, with an action led by a person with this email address, and a reporting
	 * period long overdue with no update: the lead is due a reminder. Made through the first instance's services.
	 */
	private static long overdueUpdateLedBy(String email) {
		ConfigurableApplicationContext node = nodes.get(0);
		PeopleService people = node.getBean(PeopleService.class);
		long area = people.findLocalAreaByCode("NODES").orElseThrow().id();
		long council = people.addOrganisation(area, "NC", "Nodeshire Council", OrganisationKind.COUNCIL).id();
		long lead = people.addPerson(area, new PersonDetails(council, "L.N", "Lee Node", "Head of SEND",
				LeaderGroup.STRATEGIC, email, null))
			.id();
		long inspection = node.getBean(InspectionService.class)
			.createInspection(new NewInspectionCommand(area,
					new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
							LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 20),
							InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
					List.of(), List.of(new NewInspectionCommand.WeaknessDetails(1, "Leaders lack oversight"))))
			.id();
		ActionDetails action = new ActionDetails("1.1", "Leaders have oversight", "Report to the board monthly",
				PlanDate.parse("2020-02"), PlanDate.parse("2020-12"), null, List.of(lead), List.of(), List.of(), null,
				List.of());
		long plan = node.getBean(PlanService.class)
			.createPlan(new NewPlanCommand(inspection,
					new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Nodeshire written statement of action",
							PlanStatus.ACCEPTED, "YORK_SIX_STEP", null, null, null, null),
					List.of(), List.of(), List.of(),
					List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1), List.of(action)))))
			.id();
		node.getBean(ProgressService.class).openPeriod(plan, YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);
		return lead;
	}

}
