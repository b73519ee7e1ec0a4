package org.wsoatracker.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.plan.Rag;
import org.wsoatracker.progress.PeriodView;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateView;
import org.wsoatracker.shared.error.ConflictException;
import org.wsoatracker.shared.error.NotFoundException;
import org.wsoatracker.shared.security.SecurityEventKind;
import org.wsoatracker.shared.security.SecurityLog;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports: snapshots of a plan at a reporting period, stored as they were published and never changed
 * (the database refuses to update or delete them). A correction is a new version; the earlier one stays, superseded.
 * Also the board pack, built from the same parts but from the records as they are now, and the public page.
 */
@Service
@Transactional
public class ReportService {

	private static final String SUMMARY_COLUMNS = """
			r.id, r.plan_id, r.title, r.period_id, r.period_month, r.version, r.published_at, r.published_by_name,
			r.correction_note,
			(select min(n.version) from published_report n
			  where n.plan_id = r.plan_id and n.period_id = r.period_id and n.version > r.version) as superseded_by
			""";

	private final ReportBuilder builder;

	private final PlanService plans;

	private final ProgressService progress;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final SecurityLog securityLog;

	ReportService(ReportBuilder builder, PlanService plans, ProgressService progress, JdbcClient jdbc,
			JsonMapper json, Clock clock, SecurityLog securityLog) {
		this.securityLog = securityLog;
		this.builder = builder;
		this.plans = plans;
		this.progress = progress;
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Publishes the plan as it stands at the period: a closed period, or a review point. Publishing a period again
	 * makes a new version, which needs a note of what was corrected.
	 */
	public ReportSummary publish(long periodId, PublishCommand command, long accountId, String publisherName) {
		PeriodView period = this.progress.period(periodId);
		if (period.open() && !period.reviewPoint()) {
			throw new ConflictException("Close " + period.label()
					+ " before publishing its report: only closed periods and review points can be published");
		}
		if (blank(command.committee())) {
			throw new ConflictException("committee", "Enter the committee the report is for");
		}
		if (blank(command.reportOf())) {
			throw new ConflictException("reportOf", "Enter whose report this is");
		}
		int version = this.jdbc
			.sql("select coalesce(max(version), 0) + 1 from published_report where plan_id = ? and period_id = ?")
			.params(period.planId(), periodId)
			.query(Integer.class)
			.single();
		if (version > 1 && blank(command.correctionNote())) {
			throw new ConflictException("correctionNote",
					"Say what this version corrects: a report for " + period.label() + " has been published before");
		}
		ReportContent content = this.builder.build(period.planId(), periodId,
				new ReportContent.Paper(command.committee().trim(), command.reportOf().trim(), publisherName));
		try {
			long id = this.jdbc.sql("""
					insert into published_report (plan_id, period_id, version, title, period_month, correction_note,
					    published_at, published_by, published_by_name, content)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
					returning id
					""")
				.params(period.planId(), periodId, version, content.plan().title() + ": progress to " + period.label(),
						period.month().atDay(1), blank(command.correctionNote()) ? null : command.correctionNote().trim(),
						Timestamp.from(this.clock.instant()), accountId, publisherName,
						this.json.writeValueAsString(content))
				.query(Long.class)
				.single();
			ReportSummary published = summary(id);
			this.securityLog.record(SecurityEventKind.REPORT_PUBLISHED,
					published.title() + ", version " + version + " (report " + id + ")");
			return published;
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("Someone else published this report at the same moment: check the list");
		}
	}

	/**
	 * Every published report, plan by plan, newest period and version first.
	 */
	@Transactional(readOnly = true)
	public List<ReportSummary> reports() {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS
				+ " from published_report r order by r.plan_id, r.period_month desc, r.version desc")
			.query(ReportService::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public List<ReportSummary> reportsOf(long planId) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS
				+ " from published_report r where r.plan_id = ? order by r.period_month desc, r.version desc")
			.params(planId)
			.query(ReportService::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public ReportSummary summary(long id) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + " from published_report r where r.id = ?")
			.params(id)
			.query(ReportService::summary)
			.optional()
			.orElseThrow(() -> new NotFoundException("Report"));
	}

	@Transactional(readOnly = true)
	public PublishedReport report(long id) {
		ReportSummary summary = summary(id);
		String content = this.jdbc.sql("select content::text from published_report where id = ?")
			.params(id)
			.query(String.class)
			.single();
		return new PublishedReport(summary, this.json.readValue(content, ReportContent.class));
	}

	/**
	 * The board pack for a period: the report built from the records as they stand now, with the decisions the board
	 * still has to take.
	 */
	@Transactional(readOnly = true)
	public BoardPack boardPack(long planId, long periodId, String author) {
		PlanView plan = this.plans.plan(planId);
		String board = plan.governance() == null || blank(plan.governance().boardName()) ? "Improvement Board"
				: plan.governance().boardName();
		ReportContent content = this.builder.build(planId, periodId,
				new ReportContent.Paper(board, "Programme office", author));
		Map<Long, String> numbers = plan.actions().collect(Collectors.toMap(ActionView::id, ActionView::number));
		List<String> decisions = new ArrayList<>();
		this.progress.updatesOf(periodId)
			.stream()
			.sorted(Comparator.comparing(update -> numbers.get(update.actionId())))
			.forEach(update -> {
				if (update.state() == UpdateView.State.SUBMITTED) {
					decisions.add("Accept or challenge the update for action " + numbers.get(update.actionId()));
				}
				else if (update.state() == UpdateView.State.CHALLENGED) {
					decisions.add("Action " + numbers.get(update.actionId())
							+ ": the board challenged the update; look at the lead's revised update when it comes");
				}
			});
		content.exceptions()
			.stream()
			.filter(item -> item.status().colour().equals(Rag.RED.tagColour()))
			.forEach(item -> decisions.add("Agree what will bring action " + item.number() + " back on track"));
		return new BoardPack(planId, periodId, !content.period().closed(), content, decisions,
				"Built " + ReportBuilder.day(LocalDate.now(this.clock)) + " from the records as they stand");
	}

	public byte[] xlsx(BoardPack pack) {
		return ReportSpreadsheets.xlsx(pack.content());
	}

	// Published reports as files

	/**
	 * The published report's PDF as stored when it was first rendered (see {@link PdfService}); empty until then.
	 */
	@Transactional(readOnly = true)
	Optional<byte[]> storedPdf(long id) {
		return this.jdbc.sql("select pdf from published_report_pdf where report_id = ?")
			.params(id)
			.query(byte[].class)
			.optional();
	}

	/**
	 * Keeps the published report's PDF, once: when two first renders of it race, the first stored is kept and both
	 * callers get its bytes.
	 */
	byte[] storePdf(long id, byte[] pdf) {
		this.jdbc.sql("""
				insert into published_report_pdf (report_id, pdf, rendered_at) values (?, ?, ?)
				on conflict (report_id) do nothing
				""").params(id, pdf, Timestamp.from(this.clock.instant())).update();
		return storedPdf(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public byte[] xlsx(long id) {
		return ReportSpreadsheets.xlsx(report(id).content());
	}

	@Transactional(readOnly = true)
	public byte[] csv(long id) {
		return ReportSpreadsheets.csv(report(id).content());
	}

	/**
	 * How a published report says when it was published: "Published 23 November 2026, version 2".
	 */
	public static String publishedText(ReportSummary summary) {
		return "Published " + summary.publishedOnText() + ", version " + summary.version();
	}

	/**
	 * Removes the demo data's published reports and public page settings (those of plans in demo local areas): the
	 * only ones the database lets go. Returns how many reports were removed.
	 */
	public int removeDemoPublications() {
		return this.jdbc.sql("select remove_demo_publications()").query(Integer.class).single();
	}

	// The public page

	/**
	 * The plans whose public page is on.
	 */
	@Transactional(readOnly = true)
	public Set<Long> plansWithPublicPage() {
		return Set.copyOf(this.jdbc.sql("""
				select plan_id from (select distinct on (plan_id) plan_id, enabled from public_page_setting
				                     order by plan_id, id desc) latest
				where enabled
				""").query(Long.class).list());
	}

	@Transactional(readOnly = true)
	public boolean publicPageEnabled(long planId) {
		return this.jdbc
			.sql("select enabled from public_page_setting where plan_id = ? order by id desc limit 1")
			.params(planId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	public void setPublicPage(long planId, boolean enabled, long accountId) {
		this.plans.plan(planId);
		this.jdbc
			.sql("insert into public_page_setting (plan_id, enabled, changed_at, changed_by) values (?, ?, ?, ?)")
			.params(planId, enabled, Timestamp.from(this.clock.instant()), accountId)
			.update();
		this.securityLog.record(enabled ? SecurityEventKind.PUBLIC_PAGE_ON : SecurityEventKind.PUBLIC_PAGE_OFF,
				"Plan " + planId);
	}

	/**
	 * The latest current report of a plan whose public page is on; empty when the page is off or nothing has been
	 * published.
	 */
	@Transactional(readOnly = true)
	public Optional<PublishedReport> publicReport(long planId) {
		if (!publicPageEnabled(planId)) {
			return Optional.empty();
		}
		return reportsOf(planId).stream().filter(summary -> !summary.superseded()).findFirst()
			.map(summary -> report(summary.id()));
	}

	private static ReportSummary summary(ResultSet rs, int row) throws SQLException {
		YearMonth month = YearMonth.from(rs.getDate("period_month").toLocalDate());
		int supersededBy = rs.getInt("superseded_by");
		boolean current = rs.wasNull();
		return new ReportSummary(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("title"),
				rs.getLong("period_id"), month, PeriodView.label(month), rs.getInt("version"),
				rs.getTimestamp("published_at").toInstant(), rs.getString("published_by_name"),
				rs.getString("correction_note"), current ? null : supersededBy);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
