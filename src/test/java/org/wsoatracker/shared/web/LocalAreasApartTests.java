package org.wsoatracker.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsoatracker.governance.RevisitService;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.report.PublishCommand;
import org.wsoatracker.report.ReportService;
import org.wsoatracker.security.RecordAreas;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Local areas kept apart, for every address the application maps, found from its request mappings: two local areas,
 * each with an administrator, a board member, a lead and a member of the scrutiny committee, each area with the same
 * records (a plan with its areas, actions, period, updates, evidence and a published report; organisations, people,
 * an inspection, accounts). Every GET and POST address that names a record is asked by each account of the second
 * area for the first area's record: the answer is "Page not found" (or 403 where the role may not use the page at
 * all, as it is for the first area's own account of that role), and nothing is written. Every page that names no
 * record shows nothing of the first area to the second's accounts. A path variable that names a kind of record no
 * rule knows fails the test, so a new page cannot leave its records unguarded.
 */
@SpringBootTest(properties = { "wsoa.embedded-database.enabled=false", "wsoa.reminders.cron=-",
		"wsoa.secret-key=local-areas-apart-tests-secret-key-0123456789", "wsoa.mfa.required-roles=" })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ExtendWith(OutputCaptureExtension.class)
class LocalAreasApartTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

	/**
	 * Addresses not behind a sign-in, or of the signed-in person's own account, which name no local area's records.
	 */
	private static final List<String> NOT_OF_AN_AREA = List.of("/public/", "/invitations/", "/password-reset",
			"/login", "/logout", "/setup", "/error", "/accessibility", "/account", "/sign-in");

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
	ReportService reports;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, Cookie> sessions = new LinkedHashMap<>();

	@Test
	void noAccountReachesAnotherLocalAreasRecordsAndNoPageShowsThem(CapturedOutput output) throws Exception {
		FormFixture.Services services = new FormFixture.Services(this.people, this.inspections, this.plans,
				this.progress, this.accounts,
				new FormFixture.GovernanceServices(this.risks, this.meetings, this.oversight, this.revisits));
		FormFixture.Accounts fixtureAccounts = FormFixture.Accounts.create(this.accounts);
		FormFixture first = FormFixture.create(services, fixtureAccounts, output::getAll);
		FormFixture second = FormFixture.create(services, fixtureAccounts, output::getAll);
		Map<Role, String> ofFirst = membersOf(first, "first");
		Map<Role, String> ofSecond = membersOf(second, "second");
		String report = String.valueOf(this.reports
			.publish(Long.parseLong(first.id("periods")), new PublishCommand("Scrutiny committee", "The board", null),
					this.accounts.findByEmail(ofFirst.get(Role.ADMIN)).orElseThrow().id(), "First Admin")
			.id());
		String firstCode = this.jdbc.queryForObject("select code from local_area where id = ?", String.class,
				Long.parseLong(first.id("local-areas")));

		List<String> problems = new ArrayList<>();
		int asked = 0;
		for (Map.Entry<RequestMappingInfo, ?> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (NOT_OF_AN_AREA.stream().anyMatch(pattern::startsWith) || !namesARecord(pattern)) {
					continue;
				}
				String path = address(pattern, first, report, problems);
				if (path == null) {
					continue;
				}
				boolean reads = methods.isEmpty() || methods.contains(RequestMethod.GET);
				for (Role role : Role.values()) {
					asked++;
					if (reads) {
						MvcResult answer = this.mvc.perform(get(path).cookie(session(ofSecond.get(role)))).andReturn();
						int status = answer.getResponse().getStatus();
						String body = answer.getResponse().getContentAsString();
						if (status == 403) {
							int own = this.mvc.perform(get(path).cookie(session(ofFirst.get(role))))
								.andReturn()
								.getResponse()
								.getStatus();
							if (own != 403) {
								problems.add("GET " + path + " as the second area's " + role + ": 403, but "
										+ own + " for the first area's own " + role);
							}
						}
						else if (status != 404) {
							problems.add("GET " + path + " as the second area's " + role + ": " + status);
						}
						if (body.contains(firstCode)) {
							problems.add("GET " + path + " as the second area's " + role + " shows " + firstCode);
						}
					}
					if (methods.contains(RequestMethod.POST)) {
						Cookie session = session(ofSecond.get(role));
						Map<String, List<Long>> before = DatabaseDigest.of(this.jdbc);
						int status = this.mvc.perform(post(path).with(csrf()).cookie(session))
							.andReturn()
							.getResponse()
							.getStatus();
						if (status != 403 && status != 404) {
							problems.add("POST " + path + " as the second area's " + role + ": " + status);
						}
						Map<String, List<Long>> after = DatabaseDigest.of(this.jdbc);
						List<String> written = before.keySet()
							.stream()
							.filter(table -> !before.get(table).equals(after.get(table)))
							.toList();
						if (!written.isEmpty()) {
							problems.add("POST " + path + " as the second area's " + role + " wrote to " + written);
						}
					}
				}
				if (reads) {
					// The same address answers the first area's own administrator: the 404s above are the area's.
					int own = this.mvc.perform(get(path).cookie(session(ofFirst.get(Role.ADMIN))))
						.andReturn()
						.getResponse()
						.getStatus();
					if (own == 404 || own >= 500) {
						problems.add("GET " + path + " as the first area's own administrator: " + own);
					}
				}
			}
		}
		for (Map.Entry<RequestMappingInfo, ?> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (NOT_OF_AN_AREA.stream().anyMatch(pattern::startsWith) || VARIABLE.matcher(pattern).find()) {
					continue;
				}
				for (Role role : Role.values()) {
					asked++;
					MvcResult answer = this.mvc.perform(get(pattern).cookie(session(ofSecond.get(role)))).andReturn();
					if (answer.getResponse().getContentAsString().contains(firstCode)) {
						problems.add("GET " + pattern + " as the second area's " + role + " shows " + firstCode);
					}
				}
			}
		}
		assertThat(problems).as("%d requests asked", asked).isEmpty();
		// Another area's evidence file is not there for a lead at all: 404, never the 403 of their own area.
		assertThat(this.mvc.perform(get("/evidence/" + first.id("evidence")).cookie(session(ofSecond.get(Role.LEAD))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(asked).isGreaterThan(400);
		// And each area's own people see their own: the lists are not empty for want of anything to show.
		for (String list : List.of("/plans", "/local-areas", "/api/plans", "/reports")) {
			assertThat(this.mvc.perform(get(list).cookie(session(ofFirst.get(Role.ADMIN))))
				.andReturn()
				.getResponse()
				.getContentAsString()).as(list).contains(firstCode);
		}
	}

	/**
	 * Whether the address names a record: it has a path variable other than a file's extension or a link's token.
	 */
	private static boolean namesARecord(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		while (variable.find()) {
			if (!RecordAreas.NOT_RECORDS.contains(variable.group(1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The address with the first area's records named, or null (and a problem noted) when a path variable names a
	 * kind of record the access rules do not know.
	 */
	private static String address(String pattern, FormFixture first, String report, List<String> problems) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			String value;
			if (name.equals("extension")) {
				value = "xlsx";
			}
			else {
				String collection = RecordAreas.collectionOf(pattern, name).orElse("");
				if (!RecordAreas.knows(collection)) {
					problems.add(pattern + ": no rule says which local area {" + name + "} is of");
					return null;
				}
				value = collection.equals("reports") ? report : first.id(collection);
				if (value == null) {
					problems.add(pattern + ": the test has no " + collection + " record to ask for");
					return null;
				}
			}
			variable.appendReplacement(path, value);
		}
		variable.appendTail(path);
		return path.toString();
	}

	/**
	 * An account of each role, in the fixture's local area only.
	 */
	private Map<Role, String> membersOf(FormFixture fixture, String name) {
		Map<Role, String> members = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			String email = name + "-" + role.name().toLowerCase() + "-" + fixture.id("local-areas") + "@example.org";
			long id = this.accounts
				.createIfAbsent(new NewAccountCommand(email, name + " " + role.label(), FormFixture.PASSWORD, role))
				.id();
			this.accounts.joinLocalArea(id, Long.parseLong(fixture.id("local-areas")));
			members.put(role, email);
		}
		return members;
	}

	private Cookie session(String email) throws Exception {
		Cookie cookie = this.sessions.get(email);
		if (cookie == null) {
			MvcResult signedIn = this.mvc.perform(formLogin("/login").user(email).password(FormFixture.PASSWORD))
				.andReturn();
			cookie = signedIn.getResponse().getCookie("SESSION");
			assertThat(cookie).as("signed in as " + email).isNotNull();
			this.sessions.put(email, cookie);
		}
		return cookie;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class EmptyDatabase {

		@Bean
		JdbcConnectionDetails emptyDatabase() {
			return TestDatabase.freshDatabase();
		}

	}

}
