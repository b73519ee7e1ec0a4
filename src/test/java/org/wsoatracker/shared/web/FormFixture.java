package org.wsoatracker.shared.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.wsoatracker.governance.ActionArisingDetails;
import org.wsoatracker.governance.BoardMeetingDetails;
import org.wsoatracker.governance.BoardMeetingService;
import org.wsoatracker.governance.BoardMeetingView;
import org.wsoatracker.governance.OversightService;
import org.wsoatracker.governance.ReviewDetails;
import org.wsoatracker.governance.RevisitDetails;
import org.wsoatracker.governance.RevisitKind;
import org.wsoatracker.governance.RevisitService;
import org.wsoatracker.governance.RiskDetails;
import org.wsoatracker.governance.RiskService;
import org.wsoatracker.governance.RiskStatus;
import org.wsoatracker.people.AccountService;
import org.wsoatracker.people.InviteCommand;
import org.wsoatracker.people.LeaderGroup;
import org.wsoatracker.people.LocalAreaView;
import org.wsoatracker.people.NewAccountCommand;
import org.wsoatracker.people.OrganisationKind;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonDetails;
import org.wsoatracker.people.Role;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.AreaCommand;
import org.wsoatracker.plan.FindingKind;
import org.wsoatracker.plan.InspectionDetails;
import org.wsoatracker.plan.InspectionFramework;
import org.wsoatracker.plan.InspectionOutcome;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.InspectionView;
import org.wsoatracker.plan.MeasureDetails;
import org.wsoatracker.plan.NewInspectionCommand;
import org.wsoatracker.plan.NewPlanCommand;
import org.wsoatracker.plan.PlanDate;
import org.wsoatracker.plan.PlanDetails;
import org.wsoatracker.plan.PlanKind;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanStatus;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.SubActionDetails;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.EvidenceFiles;
import org.wsoatracker.progress.NewEvidence;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.shared.security.AreaScope;

/**
 * A local area of its own with one of everything a form can change: partner organisations and a person (who leads
 * the plan's actions through {@link Accounts#lead}), an inspection with a finding and two areas of weakness, a plan
 * with an area, two actions (measures and a sub-action), an open reporting period that is a review point (so that
 * its report can be published), a draft update with a link as evidence and a submitted update, an account for the
 * administrator's forms to change (with a password reset link), and an invitation. Each record is named by the
 * collection its pages' addresses give it ("plans", "updates#submitted"), so that an address found on one fixture's
 * pages can be made again for another fixture: see {@link #template} and {@link #resolve}.
 */
final class FormFixture {

	static final String PASSWORD = "hostile-forms-password-2026";

	private static final Pattern LINK = Pattern.compile("/(invitations|password-reset)/([A-Za-z0-9_-]{20,})");

	/**
	 * The accounts the forms are sent from, made once for the whole test.
	 */
	record Accounts(String admin, String board, String lead, long leadId) {

		static Accounts create(AccountService accounts) {
			String admin = "hostile-admin@example.org";
			String board = "hostile-board@example.org";
			String lead = "hostile-lead@example.org";
			accounts.createIfAbsent(new NewAccountCommand(admin, "Hostile Admin", PASSWORD, Role.ADMIN));
			accounts.createIfAbsent(new NewAccountCommand(board, "Hostile Board", PASSWORD, Role.BOARD));
			long leadId = accounts.createIfAbsent(new NewAccountCommand(lead, "Hostile Lead", PASSWORD, Role.LEAD)).id();
			return new Accounts(admin, board, lead, leadId);
		}

	}

	/**
	 * Each record by the collection its addresses name it with, and a variant after "#" where there are two.
	 */
	private final Map<String, String> ids;

	private FormFixture(Map<String, String> ids) {
		this.ids = ids;
	}

	/**
	 * No records at all: for the forms of a service that has none yet.
	 */
	static FormFixture none() {
		return new FormFixture(Map.of());
	}

	/**
	 * Makes a fixture through the services. {@code log} gives what the service has logged so far, to read the
	 * single-use links of the invitation and the password reset from the emails written there.
	 */
	static FormFixture create(Services services, Accounts accounts, Supplier<String> log) {
		String code = "HOST" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		LocalAreaView area = services.people().createLocalArea(code, "Hostile-shire " + code);
		for (String email : List.of(accounts.admin(), accounts.board(), accounts.lead())) {
			services.accounts().joinLocalArea(services.accounts().findByEmail(email).orElseThrow().id(), area.id());
		}
		long council = services.people().addOrganisation(area.id(), "HC", "Hostile Council", OrganisationKind.COUNCIL).id();
		long icb = services.people().addOrganisation(area.id(), "HICB", "Hostile ICB", OrganisationKind.ICB).id();
		long person = services.people()
			.addPerson(area.id(), new PersonDetails(council, "H.L", "Hostile Lead", "Head of SEND", LeaderGroup.STRATEGIC,
					accounts.lead(), null))
			.id();
		InspectionView inspection = services.inspections()
			.createInspection(new NewInspectionCommand(area.id(),
					new InspectionDetails(InspectionFramework.JOINT_LOCAL_AREA_SEND_2016, LocalDate.of(2019, 12, 9),
							LocalDate.of(2019, 12, 13), LocalDate.of(2020, 2, 18), LocalDate.of(2020, 2, 20),
							InspectionOutcome.WRITTEN_STATEMENT_REQUIRED),
					List.of(new NewInspectionCommand.FindingDetails("Main findings", FindingKind.STRENGTH,
							"Leaders know the area well")),
					List.of(new NewInspectionCommand.WeaknessDetails(1, "Leaders lack oversight"),
							new NewInspectionCommand.WeaknessDetails(2, "Plans are not co-produced"))));
		ActionDetails first = new ActionDetails("1.1", "Leaders have oversight", "Write the statement",
				PlanDate.parse("2020-02"), PlanDate.parse("2021-07"), "Phase 1", List.of(person), List.of(council),
				List.of(new MeasureDetails("90% on time", new BigDecimal("40"), new BigDecimal("90"), "%",
						YearMonth.of(2021, 6)), new MeasureDetails("Families say they are heard", null, null, null, null)),
				"Minutes of the board", List.of(new SubActionDetails("A", "Draft it", PlanDate.parse("2020-02"),
						PlanDate.parse("2020-04"), null)));
		ActionDetails second = new ActionDetails("1.2", "Joint outcomes framework", "Co-produce the framework",
				PlanDate.parse("2020-04"), PlanDate.parse("2021-09"), null, List.of(person), List.of(icb), List.of(), null,
				List.of());
		long planId = services.plans()
			.createPlan(new NewPlanCommand(inspection.id(),
					new PlanDetails(PlanKind.WRITTEN_STATEMENT_OF_ACTION, "Hostile plan " + code, PlanStatus.DRAFT,
							"YORK_SIX_STEP", null, null, null, null),
					List.of(), List.of(YearMonth.of(2020, 5)), List.of(),
					List.of(new AreaCommand(1, "Leadership", "A lack of oversight", List.of(1), List.of(first, second)))))
			.id();
		PlanView plan = services.plans().plan(planId);
		List<ActionView> actions = plan.actions().toList();
		PeriodView period = services.progress().openPeriod(planId, YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), true);
		Actor lead = new Actor(accounts.leadId(), "Hostile Lead", false);
		UpdateView draft = services.progress()
			.write(actions.get(0).id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Drafted it", "Agree it",
					Map.of(actions.get(0).measures().get(0).id(), new BigDecimal("50"))),
					List.of(NewEvidence.file("Board minutes", new EvidenceFiles.Checked("minutes.txt", "text/plain",
							"Minutes of the board".getBytes(StandardCharsets.UTF_8))),
							NewEvidence.link("Board papers", "https://example.org/papers")),
					lead, null, false);
		UpdateView submitted = services.progress()
			.write(actions.get(1).id(), new UpdateCommand("STARTED_BUT_DELAYED", null, "Met partners", "Write it",
					Map.of()), lead, null, true);
		GovernanceServices governance = services.governance();
		long risk = governance.risks()
			.addRisk(planId, new RiskDetails("Hostile risk", "Cause", "Consequence", person, "Mitigations", 4, 4, 6,
					LocalDate.of(2021, 6, 30), RiskStatus.OPEN))
			.id();
		BoardMeetingView meeting = governance.meetings()
			.addMeeting(planId, new BoardMeetingDetails(LocalDate.of(2020, 6, 15), Set.of(person), period.id(),
					"Hostile minutes", "Hostile decisions"));
		long arising = governance.meetings()
			.addAction(planId, meeting.id(),
					new ActionArisingDetails("Hostile action arising", person, LocalDate.of(2020, 7, 31), false, null))
			.id();
		long review = governance.oversight()
			.addReview(planId, new ReviewDetails(LocalDate.of(2021, 3, 1), "DfE adviser", "Summary", "Agreed"))
			.id();
		long adviser = governance.oversight().addAdviser(planId, "Hostile Adviser", "NHS England").id();
		long revisit = governance.revisits()
			.record(planId, new RevisitDetails(RevisitKind.REVISIT, LocalDate.of(2022, 11, 14),
					LocalDate.of(2022, 11, 16), null, "Sufficient progress"))
			.id();
		String targetEmail = "hostile-target-" + code.toLowerCase() + "@example.org";
		long target = services.accounts()
			.createIfAbsent(new NewAccountCommand(targetEmail, "Hostile Target", PASSWORD, Role.LEAD))
			.id();
		services.accounts().joinLocalArea(target, area.id());
		String invitedEmail = "hostile-invited-" + code.toLowerCase() + "@example.org";
		long invited = services.accounts()
			.invite(new InviteCommand(invitedEmail, "Hostile Invited", Role.BOARD, Set.of(area.id()), null),
					new AreaScope(Set.of(area.id())))
			.id();
		String invitation = lastLink(log.get(), invitedEmail, "invitations");
		services.accounts().sendPasswordReset(target);
		String reset = lastLink(log.get(), targetEmail, "password-reset");

		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("local-areas", String.valueOf(area.id()));
		ids.put("organisations", String.valueOf(council));
		ids.put("organisations#icb", String.valueOf(icb));
		ids.put("people", String.valueOf(person));
		ids.put("inspections", String.valueOf(inspection.id()));
		ids.put("findings", String.valueOf(inspection.findings().get(0).id()));
		ids.put("weaknesses", String.valueOf(inspection.weaknesses().get(0).id()));
		ids.put("weaknesses#unanswered", String.valueOf(inspection.weaknesses().get(1).id()));
		ids.put("plans", String.valueOf(planId));
		ids.put("areas", String.valueOf(plan.areas().get(0).id()));
		ids.put("actions", String.valueOf(actions.get(0).id()));
		ids.put("actions#submitted", String.valueOf(actions.get(1).id()));
		ids.put("periods", String.valueOf(period.id()));
		ids.put("updates", String.valueOf(draft.id()));
		ids.put("updates#submitted", String.valueOf(submitted.id()));
		ids.put("revisits", String.valueOf(revisit));
		ids.put("evidence", String.valueOf(draft.evidence().get(0).id()));
		ids.put("accounts", String.valueOf(target));
		ids.put("risks", String.valueOf(risk));
		ids.put("board-meetings", String.valueOf(meeting.id()));
		ids.put("actions-arising", String.valueOf(arising));
		ids.put("oversight-reviews", String.valueOf(review));
		ids.put("advisers", String.valueOf(adviser));
		ids.put("accounts#invited", String.valueOf(invited));
		ids.put("invitations", invitation);
		ids.put("password-reset", reset);
		return new FormFixture(ids);
	}

	private static String lastLink(String log, String to, String kind) {
		String email = log.substring(log.lastIndexOf("To: " + to));
		Matcher link = LINK.matcher(email);
		while (link.find()) {
			if (link.group(1).equals(kind)) {
				return link.group(2);
			}
		}
		throw new IllegalStateException("No " + kind + " link in the email to " + to);
	}

	String id(String name) {
		return this.ids.get(name);
	}

	/**
	 * The ids of every record of the fixture, for values that name another record than the field expects.
	 */
	List<String> numericIds() {
		return this.ids.values().stream().filter(id -> id.matches("\\d+")).toList();
	}

	/**
	 * The address with each of this fixture's records named ("/plans/{plans}/areas/{areas}/edit"), or empty when
	 * it names a record that is not the fixture's (another local area's, the demo data's).
	 */
	Optional<String> template(String path) {
		String[] segments = path.split("/", -1);
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			// a record's id, or a link's token (long, and not a word of the address like "accelerated-progress-plan")
			if (!segment.matches("\\d+|[A-Za-z0-9_-]{20,}") || segment.matches("[a-z-]+") || i == 1) {
				continue;
			}
			String collection = segments[i - 1];
			Optional<String> name = this.ids.entrySet()
				.stream()
				.filter(e -> e.getKey().split("#")[0].equals(collection) && e.getValue().equals(segment))
				.map(Map.Entry::getKey)
				.findFirst();
			if (name.isEmpty()) {
				return Optional.empty();
			}
			segments[i] = "{" + name.get() + "}";
		}
		return Optional.of(String.join("/", segments));
	}

	/**
	 * The address of a template, for this fixture's records.
	 */
	String resolve(String template) {
		String path = template;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue());
		}
		return path;
	}

	record Services(PeopleService people, InspectionService inspections, PlanService plans, ProgressService progress,
			AccountService accounts, GovernanceServices governance) {
	}

	/**
	 * The governance module's services, which make the fixture's risk, board meeting, action arising, review and
	 * adviser, and the revisit service, which makes its revisit.
	 */
	record GovernanceServices(RiskService risks, BoardMeetingService meetings, OversightService oversight,
			RevisitService revisits) {
	}

}
