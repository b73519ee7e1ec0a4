package org.wsoatracker.progress.reminders;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.TestDatabase;
import org.wsoatracker.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Reminders to leads, sent for real through a mail server (GreenMail) from the whole application on real
 * PostgreSQL: who is reminded, about what, when, how often, and that two instances running the job at the same moment
 * send each lead one email. The schedule itself is switched off here ({@code cron=-}): each test runs the job at a
 * time of its own choosing, in 2040 or later, so no real-time run touches its periods.
 */
@IntegrationTest
@TestPropertySource(properties = { "wsoa.reminders.cron=-", "wsoa.base-url=https://wsoa.example.org/",
		"wsoa.mail.from=reminders@wsoa.example.org" })
class RemindersTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final GreenMail greenMail = TestMailServer.start();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		TestMailServer.sendThrough(greenMail, registry);
	}

	@AfterAll
	static void stopMailServer() {
		greenMail.stop();
	}

	@MockitoSpyBean
	ReminderService reminders;

	@Autowired
	ReminderJob job;

	@Autowired
	ProgressService progress;

	@Autowired
	PlanService plans;

	@Autowired
	InspectionService inspections;

	@Autowired
	PeopleService people;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	long york;

	long maxine;

	long karen;

	@BeforeEach
	void setUp() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
		this.york = this.people.findLocalAreaByCode("YORK").orElseThrow().id();
		this.maxine = this.people.findByReference(this.york, "M.S", "CYC").orElseThrow().id();
		this.karen = this.people.findByReference(this.york, "K.McN", "CCG").orElseThrow().id();
	}

	@Test
	void eachLeadWithAnEmailGetsOneEmailListingTheirActionsWithLinks() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView may = openMay2040(plan);

		int sent = this.reminders.sendDue(at("2040-05-26T09:00"));

		assertThat(sent).isGreaterThanOrEqualTo(2);
		MimeMessage toMaxine = single(messagesAbout(plan, "lead@example.org"));
		assertThat(toMaxine.getSubject()).isEqualTo("Reminder: 2 progress updates due by 31 May 2040");
		assertThat(toMaxine.getFrom()[0].toString()).isEqualTo("reminders@wsoa.example.org");
		String text = part(toMaxine, "text/plain");
		assertThat(text).contains("Dear Maxine", plan.title(),
				"May 2040 reporting period: updates are due by 31 May 2040",
				"- Action 1.1: Leaders have oversight",
				"  Write the update: https://wsoa.example.org/actions/" + plan.first().id() + "/updates/new",
				"- Action 1.3: Parents <b>shape</b> services & more",
				"https://wsoa.example.org/actions/" + plan.third().id() + "/updates/new",
				"You will be reminded every 2 days")
			.doesNotContain("/actions/" + plan.second().id() + "/");
		String html = part(toMaxine, "text/html");
		assertThat(html).contains("Parents &lt;b&gt;shape&lt;/b&gt; services &amp; more")
			.doesNotContain("<b>shape</b>")
			.contains("href=\"https://wsoa.example.org/actions/" + plan.first().id() + "/updates/new\"");

		MimeMessage toSecondLead = single(messagesAbout(plan, plan.secondLeadEmail()));
		assertThat(toSecondLead.getSubject()).isEqualTo("Reminder: Progress update for action 1.3 due by 31 May 2040");
		assertThat(part(toSecondLead, "text/plain")).contains("/actions/" + plan.third().id() + "/updates/new")
			.doesNotContain("/actions/" + plan.first().id() + "/");

		assertThat(remindedPeople(may)).containsExactlyInAnyOrder(this.maxine, plan.secondLead());
	}

	@Test
	void oneEmailListsALeadsActionsAcrossPlans() throws Exception {
		TestPlan first = planWithThreeActions();
		TestPlan second = planWithThreeActions();
		openMay2040(first);
		this.progress.openPeriod(second.id(), YearMonth.of(2040, 6), LocalDate.of(2040, 6, 2), false);

		this.reminders.sendDue(at("2040-05-28T09:00"));

		List<MimeMessage> toMaxine = messagesTo("lead@example.org");
		assertThat(toMaxine).hasSize(1);
		assertThat(part(toMaxine.get(0), "text/plain")).contains(first.title(), second.title(),
				"June 2040 reporting period: updates are due by 2 June 2040");
		assertThat(toMaxine.get(0).getSubject()).startsWith("Reminder: ").endsWith(" due by 31 May 2040");
	}

	@Test
	void aLeadWithNoEmailGetsNothing() throws Exception {
		TestPlan plan = planLedOnlyByKaren();
		PeriodView may = openMay2040(plan);

		this.reminders.sendDue(at("2040-05-27T09:00"));

		assertThat(this.people.person(this.karen).email()).isNullOrEmpty();
		assertThat(allMessagesAbout(plan)).isEmpty();
		assertThat(remindedPeople(may)).isEmpty();
	}

	@Test
	void nothingIsSentBeforeTheWindowOpens() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView may = openMay2040(plan);

		this.reminders.sendDue(at("2040-05-25T23:30")); // six days before the due date, on UK time

		assertThat(allMessagesAbout(plan)).isEmpty();
		assertThat(remindedPeople(may)).isEmpty();

		this.reminders.sendDue(at("2040-05-26T00:30")); // five days before

		assertThat(messagesAbout(plan, "lead@example.org")).hasSize(1);
	}

	@Test
	void aLeadIsRemindedAgainOnlyAfterTheRepeatInterval() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView may = openMay2040(plan);

		this.reminders.sendDue(at("2040-05-26T09:00"));
		assertThat(messagesAbout(plan, "lead@example.org")).hasSize(1);

		greenMail.purgeEmailFromAllMailboxes();
		this.reminders.sendDue(at("2040-05-27T09:00")); // one day later
		this.reminders.sendDue(at("2040-05-27T23:59"));
		assertThat(allMessagesAbout(plan)).isEmpty();

		this.reminders.sendDue(at("2040-05-28T00:05")); // two days later (calendar days, UK time)
		assertThat(messagesAbout(plan, "lead@example.org")).hasSize(1);
		assertThat(messagesAbout(plan, plan.secondLeadEmail())).hasSize(1);

		greenMail.purgeEmailFromAllMailboxes();
		this.reminders.sendDue(at("2040-06-02T09:00")); // past the due date, still not submitted
		MimeMessage overdue = single(messagesAbout(plan, "lead@example.org"));
		assertThat(part(overdue, "text/plain"))
			.contains("May 2040 reporting period: updates were due by 31 May 2040 and are overdue");

		assertThat(this.jdbc.queryForObject("select count(*) from reminder_sent where person_id = ? and period_id = ?",
				Integer.class, this.maxine, may.id()))
			.isEqualTo(3);
	}

	@Test
	void nothingIsSentForAnActionOnceItsUpdateIsSubmitted() throws Exception {
		TestPlan plan = planWithThreeActions();
		openMay2040(plan);
		Actor lead = new Actor(this.accounts.findByEmail("lead@example.org").orElseThrow().id(), "Maxine Squire",
				false);

		long draftVersion = this.progress.write(plan.first().id(), update(), lead, null, false).version(); // a draft does not count
		this.reminders.sendDue(at("2040-05-26T09:00"));
		assertThat(part(single(messagesAbout(plan, "lead@example.org")), "text/plain"))
			.contains("/actions/" + plan.first().id() + "/updates/new");

		greenMail.purgeEmailFromAllMailboxes();
		this.progress.write(plan.first().id(), update(), lead, draftVersion, true);
		this.reminders.sendDue(at("2040-05-28T09:00"));
		assertThat(part(single(messagesAbout(plan, "lead@example.org")), "text/plain"))
			.contains("/actions/" + plan.third().id() + "/updates/new")
			.doesNotContain("/actions/" + plan.first().id() + "/");

		greenMail.purgeEmailFromAllMailboxes();
		this.progress.write(plan.third().id(), update(), lead, null, true);
		this.reminders.sendDue(at("2040-05-30T09:00"));
		assertThat(allMessagesAbout(plan)).isEmpty();
	}

	@Test
	void aClosedPeriodGetsNoReminders() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView may = openMay2040(plan);
		this.progress.closePeriod(may.id(), may.version());

		this.reminders.sendDue(at("2040-05-27T09:00"));

		assertThat(allMessagesAbout(plan)).isEmpty();
		assertThat(remindedPeople(may)).isEmpty();
	}

	@Test
	void anArchivedPlanGetsNoReminders() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView may = openMay2040(plan);
		this.plans.archivePlan(plan.id());

		this.reminders.sendDue(at("2040-05-27T09:00"));

		assertThat(allMessagesAbout(plan)).isEmpty();
		assertThat(remindedPeople(may)).isEmpty();
	}

	@Test
	void onlyThePlansCurrentPeriodIsReminded() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView april = this.progress.openPeriod(plan.id(), YearMonth.of(2040, 4), LocalDate.of(2040, 4, 30),
				false);
		PeriodView may = openMay2040(plan);

		this.reminders.sendDue(at("2040-05-27T09:00"));

		assertThat(part(single(messagesAbout(plan, "lead@example.org")), "text/plain")).contains("May 2040")
			.doesNotContain("April 2040");
		assertThat(remindedPeople(april)).isEmpty();
		assertThat(remindedPeople(may)).isNotEmpty();
	}

	/**
	 * Two instances of the service, each with its own connection pool and lock provider as it would have, start the
	 * job at the same moment against the same database: one runs it, the other skips it, and each lead gets one email.
	 */
	@Test
	void twoInstancesStartingTheJobTogetherSendEachLeadOneEmail() throws Exception {
		TestPlan plan = planWithThreeActions();
		PeriodView may = openMay2040(plan);
		Instant now = at("2041-01-12T09:00"); // overdue: every open period in the database is due a reminder
		String lockName = ReminderJob.LOCK_NAME + "-" + UUID.randomUUID();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (HikariDataSource first = pool("UTC"); HikariDataSource second = pool("UTC")) {
			List<Future<Boolean>> runs = new ArrayList<>();
			for (LockingTaskExecutor instance : List.of(executor(first), executor(second))) {
				runs.add(threads.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					LockConfiguration lock = new LockConfiguration(ClockProvider.now(), lockName, Duration.ofMinutes(30),
							Duration.ofMinutes(5));
					try {
						return instance.executeWithLock(() -> this.reminders.sendDue(now), lock).wasExecuted();
					}
					catch (Throwable ex) {
						throw new IllegalStateException(ex);
					}
				}));
			}
			List<Boolean> executed = new ArrayList<>();
			for (Future<Boolean> run : runs) {
				executed.add(run.get(60, TimeUnit.SECONDS));
			}
			assertThat(executed).containsExactlyInAnyOrder(true, false);
		}
		finally {
			threads.shutdownNow();
		}

		MimeMessage[] received = greenMail.getReceivedMessages();
		Integer remindedNow = this.jdbc.queryForObject("select count(distinct person_id) from reminder_sent where sent_at = ?",
				Integer.class, now.atOffset(ZoneOffset.UTC));
		assertThat(received).hasSize(remindedNow);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from (select person_id, period_id from reminder_sent where sent_at = ?
				group by person_id, period_id having count(*) > 1) as twice""", Integer.class,
				now.atOffset(ZoneOffset.UTC)))
			.isZero();
		assertThat(messagesAbout(plan, "lead@example.org")).hasSize(1);
		assertThat(messagesAbout(plan, plan.secondLeadEmail())).hasSize(1);
		assertThat(remindedPeople(may)).containsExactlyInAnyOrder(this.maxine, plan.secondLead());
		verify(this.reminders, times(1)).sendDue(now);
	}

	/**
	 * ShedLock writes and compares UTC wall-clock times with the database's clock; a lock taken by an instance whose
	 * connections run in one time zone must hold for an instance in another.
	 */
	@Test
	void aLockTakenByAnInstanceInAnotherTimeZoneHolds() {
		String name = "time-zone-check-" + UUID.randomUUID();
		try (HikariDataSource tokyo = pool("Asia/Tokyo"); HikariDataSource newYork = pool("America/New_York")) {
			LockProvider east = provider(tokyo);
			LockProvider west = provider(newYork);

			Optional<SimpleLock> held = east.lock(lock(name));
			assertThat(held).isPresent();
			assertThat(west.lock(lock(name))).isEmpty();
			held.get().unlock();

			Optional<SimpleLock> heldInWest = west.lock(lock(name + "-2"));
			assertThat(heldInWest).isPresent();
			assertThat(east.lock(lock(name + "-2"))).isEmpty();
			heldInWest.get().unlock();
			assertThat(east.lock(lock(name + "-2"))).isPresent();
		}
	}

	/**
	 * The scheduled method itself takes the lock named {@value ReminderJob#LOCK_NAME}: while another instance holds it,
	 * the job does nothing.
	 */
	@Test
	void theScheduledJobRunsOnlyWhenItGetsTheLock() {
		// Other test contexts in this JVM run the hourly job too and may hold the lock for a few minutes: let it lapse.
		this.jdbc.update("delete from shedlock where name = ?", ReminderJob.LOCK_NAME);
		try (HikariDataSource otherInstance = pool("UTC")) {
			LockProvider other = provider(otherInstance);
			Optional<SimpleLock> held = other.lock(lock(ReminderJob.LOCK_NAME));
			assertThat(held).isPresent();
			clearInvocations(this.reminders);

			this.job.run();
			verify(this.reminders, never()).sendDue(any());

			held.get().unlock();
			this.job.run();
			verify(this.reminders, times(1)).sendDue(any());
		}
	}

	// Plans and periods of the tests' own

	private TestPlan planWithThreeActions() {
		long inspection = this.inspections.inspections(this.york).get(0).id();
		String suffix = randomLetters(6);
		String secondLeadEmail = "reminder-" + suffix.toLowerCase(Locale.ROOT) + "@example.org";
		long cyc = this.people.findOrganisation(this.york, "CYC").orElseThrow().id();
		long secondLead = this.people
			.addPerson(this.york, new PersonDetails(cyc, "R" + suffix, "Rowan " + suffix, "Service manager",
					LeaderGroup.OPERATIONAL, secondLeadEmail, null))
			.id();
		String title = "Reminder plan " + UUID.randomUUID();
		long id = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, title, PlanStatus.ACCEPTED, "YORK_SIX_STEP",
						null, null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1),
						List.of(action("1.1", "Leaders have oversight", List.of(this.maxine)),
								action("1.2", "Joint outcomes framework", List.of(this.karen)),
								action("1.3", "Parents <b>shape</b> services & more",
										List.of(secondLead, this.maxine)))))))
			.id();
		PlanView plan = this.plans.plan(id);
		return new TestPlan(plan, secondLead, secondLeadEmail);
	}

	private TestPlan planLedOnlyByKaren() {
		long inspection = this.inspections.inspections(this.york).get(0).id();
		String title = "Reminder plan " + UUID.randomUUID();
		long id = this.plans.createPlan(new NewPlanCommand(inspection,
				new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, title, PlanStatus.ACCEPTED, "YORK_SIX_STEP",
						null, null, null, null),
				List.of(), List.of(), List.of(),
				List.of(new AreaCommand(1, "Joint commissioning", "No joint commissioning", List.of(1),
						List.of(action("1.1", "Joint outcomes framework", List.of(this.karen)))))))
			.id();
		return new TestPlan(this.plans.plan(id), 0, null);
	}

	private static ActionDetails action(String number, String outcome, List<Long> leads) {
		return new ActionDetails(number, outcome, "Do it", PlanDate.parse("2040-01"), PlanDate.parse("2040-12"), null,
				leads, List.of(), List.of(), null, List.of());
	}

	private PeriodView openMay2040(TestPlan plan) {
		return this.progress.openPeriod(plan.id(), YearMonth.of(2040, 5), LocalDate.of(2040, 5, 31), false);
	}

	private static UpdateCommand update() {
		return new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Work done", "Next steps", Map.of());
	}

	private List<Long> remindedPeople(PeriodView period) {
		return this.jdbc.queryForList("select person_id from reminder_sent where period_id = ?", Long.class,
				period.id());
	}

	// Mail received

	private static List<MimeMessage> messagesTo(String email) throws MessagingException {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				if (to.toString().equalsIgnoreCase(email)) {
					found.add(message);
				}
			}
		}
		return found;
	}

	private static List<MimeMessage> messagesAbout(TestPlan plan, String email) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : messagesTo(email)) {
			if (text(message).contains(plan.title())) {
				found.add(message);
			}
		}
		return found;
	}

	private static List<MimeMessage> allMessagesAbout(TestPlan plan) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (text(message).contains(plan.title())) {
				found.add(message);
			}
		}
		return found;
	}

	private static String text(MimeMessage message) throws MessagingException, IOException {
		String text = part(message, "text/plain");
		return text == null ? "" : text;
	}

	private static MimeMessage single(List<MimeMessage> messages) {
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	/**
	 * The decoded text of the message's first part of the given type.
	 */
	static String part(Part part, String type) throws MessagingException, IOException {
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

	// Other instances of the service: their own connections to the same database

	private static HikariDataSource pool(String timeZone) {
		JdbcConnectionDetails database = TestDatabase.connectionDetails();
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl(database.getJdbcUrl());
		pool.setUsername(database.getUsername());
		pool.setPassword(database.getPassword());
		pool.setMaximumPoolSize(2);
		pool.setConnectionInitSql("set time zone '" + timeZone + "'");
		return pool;
	}

	private static LockProvider provider(HikariDataSource pool) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(pool))
			.usingDbTime()
			.build());
	}

	private static LockingTaskExecutor executor(HikariDataSource pool) {
		return new DefaultLockingTaskExecutor(provider(pool));
	}

	private static LockConfiguration lock(String name) {
		return new LockConfiguration(ClockProvider.now(), name, Duration.ofMinutes(10), Duration.ZERO);
	}

	private static Instant at(String londonTime) {
		return LocalDateTime.parse(londonTime).atZone(LONDON).toInstant();
	}

	private static String randomLetters(int length) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < length; i++) {
			letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	record TestPlan(PlanView plan, long secondLead, String secondLeadEmail) {

		long id() {
			return this.plan.id();
		}

		String title() {
			return this.plan.title();
		}

		ActionView first() {
			return this.plan.areas().get(0).actions().get(0);
		}

		ActionView second() {
			return this.plan.areas().get(0).actions().get(1);
		}

		ActionView third() {
			return this.plan.areas().get(0).actions().get(2);
		}

	}

}
