package org.wsoatracker.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.sessions.JqwikSession;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsoatracker.governance.RevisitService;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.shared.web.HostileValues.FieldKind;
import org.wsoatracker.support.DatabaseDigest;
import org.wsoatracker.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Bean;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Every form of the application, sent with hostile and careless values: control characters, text far too long,
 * numbers out of range and in every notation, impossible dates, ids that are not numbers or name another record,
 * field names no form has, fields left out or sent twice, files that are not what they claim. Each answer must be the
 * form again with its errors, a redirect, or a clean refusal (400, 403, 404, 409, 413), never a failure (5xx); and a
 * submission that was refused must have written nothing.
 * <p>
 * The forms are found, not listed: the pages of a fixture (a local area of its own with an inspection, a plan, a
 * reporting period, updates and accounts) are read as the programme office, a board member, a lead and someone not
 * signed in, following their links, and every {@code <form method="post">} on them is taken; every POST address the
 * application maps must have one. Each form is then sent, on a fixture of its own, {@value #DEFAULT_TRIES} times
 * (more with {@code -Dwsoa.hostile.tries=N}) with values drawn by jqwik's generators from a fixed seed (another with
 * {@code -Dwsoa.hostile.seed=N}).
 * <p>
 * The application runs on a database of its own, empty at the start (no demo data), so nothing sent here can change
 * what other tests read; its first form is the set-up of the first administrator.
 */
@SpringBootTest(properties = { "wsoa.embedded-database.enabled=false", "wsoa.reminders.cron=-",
		"wsoa.secret-key=hostile-forms-tests-secret-key-0123456789", "wsoa.mfa.required-roles=" })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ExtendWith(OutputCaptureExtension.class)
class HostileFormsTests {

	static final int DEFAULT_TRIES = 12;

	private static final long SEED = Long.getLong("wsoa.hostile.seed", 20261201L);

	private static final int TRIES = Integer.getInteger("wsoa.hostile.tries", DEFAULT_TRIES);

	private static final int MAX_DEPTH = 3;

	private static final int MAX_PAGES_PER_VISITOR = 120;

	private static final Set<Integer> CLEAN_REFUSALS = Set.of(400, 403, 404, 409, 413);

	/**
	 * The smallest file that is a PDF by its content, as evidence files are checked.
	 */
	private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	/**
	 * Addresses whose pages are not read for forms: signing out (on every page), downloads, the JSON API and the
	 * public page.
	 */
	private static final List<String> NOT_READ = List.of("/logout", "/api/", "/public/", "/actuator", "/evidence/",
			".pdf", ".xlsx", ".csv", "/export", "/template");

	/**
	 * The one form not sent: signing out, on every page, which would end the session.
	 */
	private static final String SIGN_OUT = "/logout";

	/**
	 * POST addresses whose form a page shows only in a state the fixture does not make: restoring what is archived,
	 * deleting what nothing refers to (the fixture's plan has a period, its inspection a plan, its local area an
	 * inspection), what needs an authenticator app set up first, demo data, revoking a calendar address the visitor
	 * has not made, or a revisit's judgements (closing the plan once every area made sufficient progress, releasing one
	 * from monitoring). Their own tests send them (the life cycle tests, SecondFactorTests, DemoDataRemovalWebTests,
	 * CalendarWebTests, RevisitWebTests), as do the tests of applying a plan's spreadsheet and of mapping a Word
	 * document's columns, whose forms are shown only after a file is uploaded (PlanImportIntoPlanTests,
	 * PlanWordImportTests).
	 */
	private static final Set<String> NOT_REACHED = Set.of("/plans/{id}/restore", "/inspections/{id}/restore",
			"/local-areas/{id}/restore", "/plans/{id}/delete", "/inspections/{id}/delete", "/local-areas/{id}/delete",
			"/account/recovery-codes", "/account/authenticator-app/turn-off",
			"/accounts/{id}/authenticator-app/reset", "/demo-data/remove", "/plans/{planId}/calendar/address/revoke",
			"/plans/{planId}/revisits/{revisitId}/close-plan",
			"/plans/{planId}/revisits/{revisitId}/weaknesses/{weaknessId}/release", "/plans/{planId}/import/apply",
			"/plans/import/word");

	@Autowired
	MockMvc mvc;

	@Autowired
	RevisitService revisits;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PeopleService people;

	@Autowired
	InspectionService inspections;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	AccountService accounts;

	@Autowired
	org.wsoatracker.governance.RiskService risks;

	@Autowired
	org.wsoatracker.governance.BoardMeetingService meetings;

	@Autowired
	org.wsoatracker.governance.OversightService oversight;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Visitor, Cookie> sessions = new HashMap<>();

	private final List<String> problems = new ArrayList<>();

	private HostileValues hostile;

	private FormFixture.Accounts users;

	private List<String> planTableHeader = List.of();

	@Test
	void everyFormAnswersHostileInputWithItsErrorsARedirectOrACleanRefusalAndRefusedFormsWriteNothing(
			CapturedOutput output) throws Exception {
		// jqwik's generators, outside a jqwik property, run in a session of their own
		JqwikSession.start(String.valueOf(SEED));
		try {
			sendEveryForm(output);
		}
		finally {
			JqwikSession.finish();
		}
	}

	private void sendEveryForm(CapturedOutput output) throws Exception {
		Random random = new Random(SEED);
		// Before there is an administrator: the set-up page, the only form of an empty service.
		FormFixture none = FormFixture.none();
		List<FoundForm> forms = new ArrayList<>(discover(Visitor.ANONYMOUS, List.of("/setup"), none));
		this.hostile = new HostileValues(random, List.of("1", "2"));
		forms.forEach(form -> send(form, () -> none));

		this.users = FormFixture.Accounts.create(this.accounts);
		FormFixture.Services services = new FormFixture.Services(this.people, this.inspections, this.plans,
				this.progress, this.accounts,
				new FormFixture.GovernanceServices(this.risks, this.meetings, this.oversight, this.revisits));
		FormFixture found = FormFixture.create(services, this.users, output::getAll);
		this.planTableHeader = List.of(page(Visitor.ADMIN, "/plans/import/template.csv").getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.strip()
			.replace("\uFEFF", "")
			.split(","));
		List<FoundForm> signedIn = new ArrayList<>();
		signedIn.addAll(discover(Visitor.ADMIN, List.of("/", "/local-areas/{local-areas}", "/plans/{plans}",
				"/inspections/{inspections}", "/accounts/{accounts}", "/accounts/{accounts#invited}", "/reports",
				"/account/authenticator-app", "/plans/{plans}/revisits/{revisits}/accelerated-progress-plan",
				"/inspections/{inspections}/priority-action-plan/new"), found));
		signedIn.addAll(discover(Visitor.BOARD, List.of("/", "/plans/{plans}/periods/{periods}"), found));
		signedIn.addAll(discover(Visitor.LEAD, List.of("/", "/actions/{actions}/updates/new"), found));
		signedIn.addAll(discover(Visitor.ANONYMOUS,
				List.of("/login", "/invitations/{invitations}", "/password-reset/{password-reset}"), found));
		forms.addAll(signedIn);

		assertThat(unformedPostAddresses(forms, found)).as("POST addresses of the application with no form found")
			.isEmpty();

		this.hostile = new HostileValues(random, found.numericIds());
		for (FoundForm form : signedIn) {
			send(form, () -> FormFixture.create(services, this.users, output::getAll));
		}

		assertThat(this.problems).as("answers to hostile forms (seed %d, %d forms, %d tries each)", SEED, forms.size(),
				TRIES)
			.isEmpty();
	}

	// Finding the forms

	enum Visitor {

		ADMIN, BOARD, LEAD, ANONYMOUS

	}

	/**
	 * A form, as found: who saw it, the page it is on and the address it is sent to (both with the fixture's records
	 * named, to be made again for another fixture).
	 */
	record FoundForm(Visitor visitor, String page, String action) {

		@Override
		public String toString() {
			return this.visitor + " " + this.action + " (on " + this.page + ")";
		}

	}

	/**
	 * Reads the pages from the seeds, following links to the fixture's pages (and pages that name no record), and
	 * takes each form sent by POST to an address of the fixture's.
	 */
	private List<FoundForm> discover(Visitor visitor, List<String> seeds, FormFixture fixture) throws Exception {
		Map<String, FoundForm> forms = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
		seeds.forEach(seed -> queue.add(Map.entry(seed, 0)));
		while (!queue.isEmpty() && seen.size() < MAX_PAGES_PER_VISITOR) {
			Map.Entry<String, Integer> next = queue.poll();
			String template = next.getKey();
			if (!seen.add(template)) {
				continue;
			}
			MvcResult result = page(visitor, fixture.resolve(template));
			String type = result.getResponse().getContentType();
			if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			for (Element form : page.select("form")) {
				if (!"post".equalsIgnoreCase(form.attr("method"))) {
					continue;
				}
				String action = path(form.attr("action").isBlank() ? fixture.resolve(template) : form.attr("action"));
				if (action.equals(SIGN_OUT)) {
					continue;
				}
				fixture.template(action)
					.ifPresent(named -> forms.putIfAbsent(named, new FoundForm(visitor, template, named)));
			}
			if (next.getValue() >= MAX_DEPTH) {
				continue;
			}
			for (Element link : page.select("a[href]")) {
				String href = path(link.attr("href"));
				if (href.startsWith("/") && !href.startsWith("//") && NOT_READ.stream().noneMatch(href::contains)) {
					fixture.template(href).ifPresent(named -> queue.add(Map.entry(named, next.getValue() + 1)));
				}
			}
		}
		return List.copyOf(forms.values());
	}

	private static String path(String address) {
		int end = address.indexOf('#');
		return end < 0 ? address : address.substring(0, end);
	}

	/**
	 * The addresses the application takes POSTs at that no form found is sent to.
	 */
	private List<String> unformedPostAddresses(List<FoundForm> forms, FormFixture fixture) {
		List<String> unformed = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, ?> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)
					|| info.getPathPatternsCondition() == null) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				if (NOT_REACHED.contains(pattern.getPatternString())) {
					continue;
				}
				boolean formed = forms.stream()
					.map(form -> PathContainer.parsePath(fixture.resolve(form.action()).split("\\?")[0]))
					.anyMatch(pattern::matches);
				if (!formed) {
					unformed.add(pattern.getPatternString() + " (" + mapping.getValue() + ")");
				}
			}
		}
		return unformed;
	}

	// Sending them

	/**
	 * Sends the form {@link #TRIES} times, each time as its page shows it now: on a fixture of its own, and on a new
	 * one when an earlier try deleted or closed what the page shows. The first try sends the form as rendered; each
	 * other makes one field after another (in an order drawn at random) hostile, and sometimes makes one or two more
	 * changes.
	 */
	private void send(FoundForm form, Supplier<FormFixture> fixtures) {
		FormFixture fixture = fixtures.get();
		Deque<String> targets = new ArrayDeque<>();
		Optional<Element> element = Optional.empty();
		for (int i = 0; i < TRIES; i++) {
			try {
				if (element.isEmpty()) {
					element = formOnItsPage(form, fixture);
				}
				if (element.isEmpty()) {
					fixture = fixtures.get();
					element = formOnItsPage(form, fixture);
				}
				if (element.isEmpty()) {
					this.problems.add(form + ": the form is not on its page of a new fixture");
					return;
				}
				List<Field> fields = fields(element.get());
				List<String> names = fields.stream()
					.map(Field::name)
					.filter(name -> !name.equals("_csrf"))
					.distinct()
					.toList();
				// the form may have other fields than when the order was drawn (an update once submitted)
				targets.removeIf(name -> !names.contains(name));
				if (targets.isEmpty()) {
					targets.addAll(this.hostile.shuffled(names));
				}
				if (sendOnce(form, fixture, element.get(), fields, i == 0 ? null : targets.poll())) {
					element = Optional.empty(); // taken: the page is read again for the next try
				}
			}
			catch (Exception ex) {
				this.problems.add(form + ": " + ex);
				return;
			}
		}
	}

	private Optional<Element> formOnItsPage(FoundForm form, FormFixture fixture) throws Exception {
		MvcResult result = page(form.visitor(), fixture.resolve(form.page()));
		if (result.getResponse().getStatus() != 200) {
			return Optional.empty();
		}
		String action = fixture.resolve(form.action());
		String pagePath = fixture.resolve(form.page());
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.select("form")
			.stream()
			.filter(element -> "post".equalsIgnoreCase(element.attr("method")))
			.filter(element -> path(element.attr("action").isBlank() ? pagePath : element.attr("action")).equals(action))
			.findFirst();
	}

	/**
	 * Sends the form once: as it was rendered when {@code target} is null; otherwise, mostly with its blank fields
	 * filled in as a person would (so that a hostile value reaches what comes after the form's own checks), with the
	 * target field made hostile and sometimes one or two other changes. Answers whether the form was taken (a
	 * redirect, or a page of its own), so that what its page shows may have changed.
	 */
	private boolean sendOnce(FoundForm form, FormFixture fixture, Element element, List<Field> fields, String target)
			throws Exception {
		List<String[]> sent = new ArrayList<>();
		Map<String, byte[]> files = new LinkedHashMap<>();
		List<String> changes = new ArrayList<>();
		boolean filled = target != null && this.hostile.chance(0.85);
		// a group of radios or boxes with none chosen gets one choice, as a person would make
		Set<String> given = fields.stream()
			.filter(field -> field.value() != null && !field.value().isBlank())
			.map(Field::name)
			.collect(Collectors.toCollection(HashSet::new));
		for (Field field : fields) {
			String value = field.value();
			if (filled && (value == null || value.isBlank()) && given.add(field.name())) {
				value = filledIn(field);
			}
			if (value != null) {
				sent.add(new String[] { field.name(), value });
			}
			if (filled && field.kind() == FieldKind.FILE) {
				files.put(field.name(), PDF.getBytes(StandardCharsets.US_ASCII));
			}
		}
		if (filled) {
			changes.add("blank fields filled in");
		}
		if (target != null) {
			Field field = fields.stream().filter(f -> f.name().equals(target)).findFirst().orElseThrow();
			changes.add(makeHostile(field, sent, files));
			int more = this.hostile.chance(0.3) ? this.hostile.next(Arbitraries.integers().between(1, 2)) : 0;
			for (int i = 0; i < more; i++) {
				changes.add(change(fields, sent, files));
			}
		}
		String action = fixture.resolve(form.action());
		Map<String, List<Long>> before = DatabaseDigest.of(this.jdbc);
		MvcResult result;
		try {
			result = this.mvc.perform(request(form.visitor(), action, element, sent, files)).andReturn();
		}
		catch (Exception ex) {
			this.problems.add(describe(form, changes, sent, files) + "\n    failed: " + rootCause(ex));
			return true;
		}
		int status = result.getResponse().getStatus();
		if (status >= 500) {
			this.problems.add(describe(form, changes, sent, files) + "\n    answered " + status + ": "
					+ (result.getResolvedException() == null ? "" : rootCause(result.getResolvedException())));
			return true;
		}
		Document answer = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		boolean shownAgain = status == 200 && !answer.select(".govuk-error-summary").isEmpty();
		// Taken: sent on to a page (or, like the request for a reset link, answered with a page of its own)
		boolean taken = status == 302 || status == 303 || (status == 200 && !shownAgain && answer.select("form")
			.stream()
			.noneMatch(other -> path(other.attr("action")).equals(action)));
		if (!taken && !shownAgain && !CLEAN_REFUSALS.contains(status)) {
			this.problems.add(describe(form, changes, sent, files) + "\n    answered " + status
					+ (status == 200 ? " with the form again but no error summary" : ""));
			return true;
		}
		if (!taken) {
			Map<String, List<Long>> after = DatabaseDigest.of(this.jdbc);
			List<String> written = before.keySet()
				.stream()
				.filter(table -> !Objects.equals(before.get(table), after.get(table)))
				.toList();
			if (!written.isEmpty()) {
				this.problems.add(describe(form, changes, sent, files) + "\n    refused with " + status
						+ " but wrote to " + written);
			}
		}
		return taken;
	}

	/**
	 * What a person would put into a blank field: text, a web address, an email address, a number, a date in the
	 * fixture's years, the first of the choices offered, or (for a file input, sent apart) nothing.
	 */
	private static String filledIn(Field field) {
		return switch (field.kind()) {
			case DATE_PART -> field.name().endsWith(".day") ? "1" : field.name().endsWith(".month") ? "6" : "2020";
			case NUMBER -> "5";
			case CHOICE -> field.options().stream().filter(option -> !option.isBlank()).findFirst().orElse(field.value());
			case FILE -> null;
			case TEXT -> switch (field.type()) {
				case "url" -> "https://example.org/evidence";
				case "email" -> "filled-in@example.org";
				default -> "Filled in";
			};
		};
	}

	/**
	 * The field made hostile: its value replaced (or, for a file input, a file of its own), left out, sent twice, or
	 * sent under its name with an index or key no form has.
	 */
	private String makeHostile(Field field, List<String[]> sent, Map<String, byte[]> files) {
		if (field.kind() == FieldKind.FILE) {
			byte[] content = file();
			files.put(field.name(), content);
			return "file " + field.name() + " of " + content.length + " bytes";
		}
		int kind = this.hostile.next(Arbitraries.integers().between(0, 99));
		if (kind < 70) {
			sent.removeIf(pair -> pair[0].equals(field.name()));
			sent.add(new String[] { field.name(), this.hostile.value(field.kind()) });
			return "replaced " + field.name();
		}
		if (kind < 80) {
			sent.removeIf(pair -> pair[0].equals(field.name()));
			return "left out " + field.name();
		}
		if (kind < 90) {
			sent.add(new String[] { field.name(), this.hostile.value(field.kind()) });
			return "sent " + field.name() + " twice";
		}
		String tampered = this.hostile.tamperedName(List.of(field.name()));
		sent.add(new String[] { tampered, this.hostile.value(field.kind()) });
		return "added " + tampered;
	}

	/**
	 * One more hostile change: to any field, a field name no form has, one of the options offered, or every field
	 * left out.
	 */
	private String change(List<Field> fields, List<String[]> sent, Map<String, byte[]> files) {
		List<Field> named = fields.stream().filter(field -> !field.name().equals("_csrf")).toList();
		int kind = this.hostile.next(Arbitraries.integers().between(0, 99));
		if (kind < 70 && !named.isEmpty()) {
			return makeHostile(named.get(this.hostile.next(Arbitraries.integers().between(0, named.size() - 1))), sent,
					files);
		}
		if (kind < 85) {
			String tampered = this.hostile.tamperedName(named.stream().map(Field::name).distinct().toList());
			sent.add(new String[] { tampered, this.hostile.value(FieldKind.TEXT) });
			return "added " + tampered;
		}
		List<Field> choices = named.stream().filter(field -> !field.options().isEmpty()).toList();
		if (kind < 97 && !choices.isEmpty()) {
			Field field = choices.get(this.hostile.next(Arbitraries.integers().between(0, choices.size() - 1)));
			String option = field.options()
				.get(this.hostile.next(Arbitraries.integers().between(0, field.options().size() - 1)));
			sent.removeIf(pair -> pair[0].equals(field.name()));
			sent.add(new String[] { field.name(), option });
			return "chose " + field.name() + "=" + option;
		}
		sent.removeIf(pair -> !pair[0].equals("_csrf") && !pair[0].equals(SubmissionInterceptor.FIELD));
		return "left out every field";
	}

	/**
	 * A file for a file input: nothing, random bytes, a PDF, or a plan table (CSV or XLSX) with hostile cells.
	 */
	private byte[] file() {
		int kind = this.hostile.next(Arbitraries.integers().between(0, 10));
		if (kind == 0) {
			return new byte[0];
		}
		if (kind <= 2) {
			return this.hostile.next(Arbitraries.bytes().array(byte[].class).ofMaxSize(4000));
		}
		if (kind == 10) {
			return PDF.getBytes(StandardCharsets.US_ASCII);
		}
		List<List<String>> rows = hostilePlanTable();
		if (kind <= 5) {
			String csv = rows.stream()
				.map(row -> row.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
				.collect(Collectors.joining("\r\n"));
			return csv.getBytes(StandardCharsets.UTF_8);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Plan");
			for (int r = 0; r < rows.size(); r++) {
				XSSFRow row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					String cell = rows.get(r).get(c);
					row.createCell(c).setCellValue(cell.length() > 32_767 ? cell.substring(0, 32_767) : cell);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			return ("not a workbook: " + ex).getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * The plan table of the import template's columns, an area, an action and a measure, with one to three cells
	 * hostile.
	 */
	private List<List<String>> hostilePlanTable() {
		List<Map<String, String>> rows = List.of(
				Map.of("Row type", "AREA", "Area number", "1", "Area title", "Leadership", "Weakness number", "1",
						"Area weakness", "Leaders lack oversight"),
				Map.of("Row type", "ACTION", "Area number", "1", "Action number", "1.1", "Outcome", "Oversight",
						"Action", "Write it", "Start", "2020-02", "End", "2020-07", "Leads", "H.L (HC)"),
				Map.of("Row type", "MEASURE", "Action number", "1.1", "Measure", "90% on time", "Baseline", "40",
						"Target", "90", "Unit", "%", "Target date", "2020-12"));
		List<List<String>> table = new ArrayList<>();
		table.add(this.planTableHeader);
		for (Map<String, String> row : rows) {
			table.add(new ArrayList<>(this.planTableHeader.stream().map(column -> row.getOrDefault(column, "")).toList()));
		}
		int changes = 1 + this.hostile.next(Arbitraries.integers().between(0, 2));
		for (int i = 0; i < changes && !this.planTableHeader.isEmpty(); i++) {
			int row = 1 + this.hostile.next(Arbitraries.integers().between(0, rows.size() - 1));
			int column = this.hostile.next(Arbitraries.integers().between(0, this.planTableHeader.size() - 1));
			String heading = this.planTableHeader.get(column);
			FieldKind kind = heading.matches("Start|End|Target date") ? FieldKind.DATE_PART
					: heading.matches("Baseline|Target|.*number") ? FieldKind.NUMBER : FieldKind.TEXT;
			String value = kind == FieldKind.DATE_PART
					? this.hostile.next(Arbitraries.of("9999-12", "0000-01", "0001-01-01", "2020-13", "+10000-01-01",
							"31/02/2020", "December 9999", "1999-12", "2101-01", "-2020-01"))
					: kind == FieldKind.TEXT && this.hostile.chance(0.3)
							// a control character as an XLSX file writes it, which the workbook reader turns back
							? this.hostile.next(Arbitraries.of("_x0000_", "Leaders_x0007_", "_x001B_[31m"))
							: this.hostile.value(kind);
			table.get(row).set(column, value);
		}
		return table;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Visitor visitor, String action, Element form,
			List<String[]> sent, Map<String, byte[]> files) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request;
		if ("multipart/form-data".equalsIgnoreCase(form.attr("enctype"))) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(action);
			files.forEach((name, content) -> multipart.file(new MockMultipartFile(name,
					this.hostile.next(Arbitraries.of("plan.csv", "plan.xlsx", "evidence.pdf", "x.exe", "",
							"W".repeat(400) + ".pdf", "../../etc/passwd", "nul\u0000.pdf")),
					"application/octet-stream", content)));
			request = multipart;
		}
		else {
			request = MockMvcRequestBuilders.post(action);
		}
		for (String[] pair : sent) {
			request.param(pair[0], pair[1]);
		}
		Cookie session = session(visitor);
		if (session != null) {
			request.cookie(session);
		}
		return request;
	}

	/**
	 * The fields of a form as a browser would send them, each with the kind of value its markup asks for and, for
	 * choices, the options offered that name no record outside the fixture.
	 */
	private List<Field> fields(Element form) {
		List<Field> fields = new ArrayList<>();
		List<Element> buttons = new ArrayList<>();
		for (Element element : form.select("input[name], select[name], textarea[name], button[name]")) {
			String name = element.attr("name");
			String type = element.attr("type").toLowerCase();
			switch (element.tagName()) {
				case "select" -> {
					Element selected = element.selectFirst("option[selected]");
					selected = selected != null ? selected : element.selectFirst("option");
					fields.add(new Field(name, selected == null ? "" : selected.val(), FieldKind.CHOICE, "select",
							element.select("option").eachAttr("value")));
				}
				case "textarea" -> fields.add(new Field(name, element.val(), FieldKind.TEXT, "textarea", List.of()));
				case "button" -> buttons.add(element);
				default -> {
					switch (type) {
						case "checkbox", "radio" -> fields.add(new Field(name,
								element.hasAttr("checked") ? element.val() : null, FieldKind.CHOICE, type,
								form.select("input[name=" + name + "]").eachAttr("value")));
						case "file" -> fields.add(new Field(name, null, FieldKind.FILE, type, List.of()));
						case "submit", "button", "image", "reset" -> buttons.add(element);
						default -> fields.add(new Field(name, element.val(), kindOf(name, type, element.val()), type,
								List.of()));
					}
				}
			}
		}
		if (!buttons.isEmpty()) {
			Element button = buttons.get(this.hostile.next(Arbitraries.integers().between(0, buttons.size() - 1)));
			fields.add(new Field(button.attr("name"), button.val(), FieldKind.CHOICE, "submit",
					buttons.stream().map(Element::val).toList()));
		}
		return fields;
	}

	private static FieldKind kindOf(String name, String type, String value) {
		if (name.matches(".*\\.(day|month|year)")) {
			return FieldKind.DATE_PART;
		}
		if (name.matches("(?i).*(actuals|baseline|target|number|version|period|id).*") || value.matches("-?\\d+")) {
			return FieldKind.NUMBER;
		}
		return "hidden".equals(type) ? FieldKind.CHOICE : FieldKind.TEXT;
	}

	/**
	 * A field of a form: its name, the value rendered (null for what a browser would not send: an unticked box, a
	 * file), the kind of value and the input type its markup gives, and the options offered for a choice.
	 */
	record Field(String name, String value, FieldKind kind, String type, List<String> options) {
	}

	// Sessions, pages and the database

	private MvcResult page(Visitor visitor, String path) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		Cookie session = session(visitor);
		MvcResult result = this.mvc.perform(session == null ? request : request.cookie(session)).andReturn();
		Cookie issued = result.getResponse().getCookie("SESSION");
		if (visitor == Visitor.ANONYMOUS && issued != null && issued.getMaxAge() != 0) {
			this.sessions.put(visitor, issued);
		}
		return result;
	}

	private Cookie session(Visitor visitor) throws Exception {
		if (visitor == Visitor.ANONYMOUS || this.sessions.containsKey(visitor)) {
			return this.sessions.get(visitor);
		}
		String email = switch (visitor) {
			case ADMIN -> this.users.admin();
			case BOARD -> this.users.board();
			default -> this.users.lead();
		};
		MvcResult signedIn = this.mvc.perform(formLogin("/login").user(email).password(FormFixture.PASSWORD)).andReturn();
		Cookie cookie = Objects.requireNonNull(signedIn.getResponse().getCookie("SESSION"), "sign-in as " + email);
		this.sessions.put(visitor, cookie);
		return cookie;
	}

	private static String describe(FoundForm form, List<String> changes, List<String[]> sent,
			Map<String, byte[]> files) {
		return form + " with " + (changes.isEmpty() ? "its values as rendered" : String.join(", ", changes))
				+ "\n    sent " + sent.stream()
					.filter(pair -> !pair[0].equals("_csrf") && !pair[0].equals(SubmissionInterceptor.FIELD))
					.map(pair -> pair[0] + "=" + shown(pair[1]))
					.collect(Collectors.joining("&"))
				+ files.entrySet()
					.stream()
					.map(file -> " and file " + file.getKey() + " of " + file.getValue().length + " bytes: "
							+ shown(new String(file.getValue(), StandardCharsets.ISO_8859_1)))
					.collect(Collectors.joining());
	}

	private static String shown(String value) {
		String escaped = value.chars()
			.limit(60)
			.mapToObj(c -> c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) ? String.format("\\u%04x", c)
					: String.valueOf((char) c))
			.collect(Collectors.joining());
		return value.length() > 60 ? escaped + "…(" + value.length() + " characters)" : escaped;
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		Set<Throwable> seen = new LinkedHashSet<>();
		while (cause.getCause() != null && seen.add(cause)) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getName() + ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		JdbcConnectionDetails emptyDatabase() {
			return TestDatabase.freshDatabase();
		}

	}

}
