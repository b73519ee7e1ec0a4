package org.wsoatracker.plan.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.wsoatracker.people.OrganisationView;
import org.wsoatracker.people.PeopleService;
import org.wsoatracker.people.PersonView;
import org.wsoatracker.plan.InspectionService;
import org.wsoatracker.plan.PlanHistory;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a plan table into an existing plan: the file is read and kept (one for each person and plan, at most
 * {@link PlanSpreadsheets#MAX_FILE_BYTES}), its changes are shown, and applied all at once when the administrator
 * confirms the very changes shown. Between the two the plan may change: the apply compares again, and when the
 * changes differ from those shown it shows the new preview instead.
 */
@Service
public class PlanRevisions {

	private static final String NOTHING_KEPT = "There is no uploaded file waiting for this plan: choose the file again";

	private static final String PLAN_CHANGED = "The plan or the file changed since the preview: check the changes "
			+ "below again before applying them";

	private final PlanService plans;

	private final InspectionService inspections;

	private final PeopleService people;

	private final PlanHistory history;

	private final JdbcTemplate jdbc;

	PlanRevisions(PlanService plans, InspectionService inspections, PeopleService people, PlanHistory history,
			JdbcTemplate jdbc) {
		this.plans = plans;
		this.inspections = inspections;
		this.people = people;
		this.history = history;
		this.jdbc = jdbc;
	}

	/**
	 * Reads the file against the plan. When it can be read and has no problems, keeps it for this person (replacing
	 * any file kept before) and gives its preview; otherwise keeps nothing and says why.
	 */
	@Transactional
	public RevisionResult upload(long planId, long accountId, String filename, byte[] file) {
		if (file.length > PlanSpreadsheets.MAX_FILE_BYTES) {
			return new RevisionResult.Unreadable("The selected file must be smaller than 5 MB");
		}
		RevisionResult result = compare(this.plans.plan(planId), filename, file).result();
		if (result instanceof RevisionResult.Previewed) {
			this.jdbc.update("insert into plan_import_draft (plan_id, account_id, filename, content) "
					+ "values (?, ?, ?, ?) on conflict (plan_id, account_id) do update "
					+ "set filename = excluded.filename, content = excluded.content, uploaded_at = now()", planId,
					accountId, filename, file);
		}
		return result;
	}

	/**
	 * The preview of the file this person uploaded for the plan, compared with the plan as it is now.
	 */
	@Transactional(readOnly = true)
	public RevisionResult preview(long planId, long accountId) {
		Optional<Draft> draft = draft(planId, accountId);
		if (draft.isEmpty()) {
			return new RevisionResult.Stale(NOTHING_KEPT);
		}
		return compare(this.plans.plan(planId), draft.get().filename(), draft.get().content()).result();
	}

	/**
	 * Makes the changes of the file this person uploaded, if they are still those of the preview with this
	 * fingerprint, in one step; otherwise changes nothing and gives the preview as it is now.
	 */
	@Transactional
	public RevisionResult apply(long planId, long accountId, String fingerprint) {
		Optional<Draft> draft = draft(planId, accountId);
		if (draft.isEmpty()) {
			return new RevisionResult.Stale(NOTHING_KEPT);
		}
		PlanView plan = this.plans.plan(planId);
		Compared now = compare(plan, draft.get().filename(), draft.get().content());
		if (!(now.result() instanceof RevisionResult.Previewed previewed)) {
			return now.result();
		}
		RevisionPreview preview = previewed.preview();
		if (!preview.fingerprint().equals(fingerprint)) {
			return new RevisionResult.Stale(PLAN_CHANGED);
		}
		if (!preview.mayApply()) {
			return previewed;
		}
		this.plans.revisePlan(planId, plan.version(), now.diff().revision(),
				auditNote(draft.get().filename(), preview));
		this.jdbc.update("delete from plan_import_draft where plan_id = ? and account_id = ?", planId, accountId);
		return new RevisionResult.Applied(planId, preview);
	}

	private Compared compare(PlanView plan, String filename, byte[] file) {
		PlanTableReader.Result table;
		try {
			table = read(plan, file);
		}
		catch (UnreadableFileException ex) {
			return new Compared(new RevisionResult.Unreadable(ex.getMessage()), null);
		}
		if (!table.problems().isEmpty()) {
			return new Compared(new RevisionResult.Refused(table.problems(), table.problemCount()), null);
		}
		PlanDiff.Result diff = diff(plan, table);
		return new Compared(new RevisionResult.Previewed(new RevisionPreview(plan.id(), plan.title(), filename,
				diff.changes(), diff.refusals(), fingerprint(plan, file, diff))), diff);
	}

	private record Compared(RevisionResult result, PlanDiff.Result diff) {
	}

	private PlanTableReader.Result read(PlanView plan, byte[] file) throws UnreadableFileException {
		return PlanTableReader.read(SheetReader.read(file),
				new AreaDirectory(this.inspections.inspection(plan.inspection().id()), this.people));
	}

	private PlanDiff.Result diff(PlanView plan, PlanTableReader.Result table) {
		List<Long> leadIds = table.areas()
			.stream()
			.flatMap(area -> area.actions().stream())
			.flatMap(action -> action.leadPersonIds().stream())
			.distinct()
			.toList();
		Map<Long, String> leads = this.people.peopleById(leadIds)
			.values()
			.stream()
			.collect(Collectors.toMap(PersonView::id, person -> person.initials() + " (" + person.organisationCode()
					+ ")"));
		Map<Long, String> organisations = this.people.organisations(plan.localAreaId())
			.stream()
			.collect(Collectors.toMap(OrganisationView::id, OrganisationView::code));
		return PlanDiff.compare(plan, table, this.history, new PlanDiff.Names(leads, organisations));
	}

	/**
	 * What the apply form repeats: the plan's version, the file and every change and refusal shown.
	 */
	private static String fingerprint(PlanView plan, byte[] file, PlanDiff.Result diff) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(String.valueOf(plan.version()).getBytes(StandardCharsets.UTF_8));
			digest.update(file);
			digest.update(diff.changes().toString().getBytes(StandardCharsets.UTF_8));
			digest.update(diff.refusals().toString().getBytes(StandardCharsets.UTF_8));
			digest.update(plan.actions()
				.map(action -> action.id() + ":" + action.version())
				.collect(Collectors.joining(","))
				.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The import's entry in the audit trail: the file and what it changed, in words.
	 */
	private static String auditNote(String filename, RevisionPreview preview) {
		Map<PlanChange.Kind, String> subjects = preview.changes()
			.stream()
			.collect(Collectors.groupingBy(PlanChange::kind, () -> new java.util.EnumMap<>(PlanChange.Kind.class),
					Collectors.mapping(PlanChange::subject, Collectors.joining(", "))));
		return "Imported from the spreadsheet “" + filename + "”: " + subjects.entrySet()
			.stream()
			.map(entry -> entry.getKey().label().toLowerCase(java.util.Locale.UK) + " " + entry.getValue())
			.collect(Collectors.joining("; "));
	}

	private Optional<Draft> draft(long planId, long accountId) {
		return this.jdbc
			.query("select filename, content from plan_import_draft where plan_id = ? and account_id = ?",
					(rs, row) -> new Draft(rs.getString(1), rs.getBytes(2)), planId, accountId)
			.stream()
			.findFirst();
	}

	private record Draft(String filename, byte[] content) {
	}

}
