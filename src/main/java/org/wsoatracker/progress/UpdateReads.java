package org.wsoatracker.progress;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.wsoatracker.plan.Rag;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * Reads many updates at once as views, for the read models of a whole plan: four statements whatever their number
 * (the updates of the periods, then their actuals, evidence and board reviews by update id, each through an index),
 * and never the contents of evidence files.
 */
@Component
class UpdateReads {

	private final JdbcTemplate jdbc;

	UpdateReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open periods with submitted updates not yet decided on, of one plan neither closed nor archived, by month:
	 * one statement, counted in the database.
	 */
	List<DecisionsWaiting> decisionsWaiting(long planId) {
		return this.jdbc.query("select p.id, p.title, rp.id as period_id, rp.month, count(*) as updates "
				+ "from progress_update u join reporting_period rp on rp.id = u.period_id join plan p on p.id = rp.plan_id "
				+ "join inspection i on i.id = p.inspection_id join local_area la on la.id = i.local_area_id "
				+ "where rp.status = 'OPEN' and u.state = 'SUBMITTED' and p.status <> 'CLOSED' "
				+ "and not (p.archived or i.archived or la.archived) "
				+ "and rp.plan_id = ? group by p.id, p.title, rp.id, rp.month order by rp.month",
				(rs, n) -> new DecisionsWaiting(rs.getLong("id"), rs.getString("title"), rs.getLong("period_id"),
						YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("updates")),
				planId);
	}

	/**
	 * Every update of these periods.
	 */
	List<UpdateView> ofPeriods(Map<Long, PeriodView> periods) {
		return ofPeriods(periods, null);
	}

	/**
	 * Every update of these periods of these actions (of every action when null).
	 */
	List<UpdateView> ofPeriods(Map<Long, PeriodView> periods, Collection<Long> actionIds) {
		if (periods.isEmpty() || (actionIds != null && actionIds.isEmpty())) {
			return List.of();
		}
		List<Row> rows = this.jdbc.query("select id, action_id, period_id, status_code, confidence, done, next_steps, "
				+ "state, author_name, updated_at, submitted_at, demo, version from progress_update "
				+ "where period_id = any(?) and (?::bigint[] is null or action_id = any(?::bigint[]))", statement -> {
					statement.setArray(1, statement.getConnection().createArrayOf("bigint", periods.keySet().toArray()));
					java.sql.Array actions = actionIds == null ? null
							: statement.getConnection().createArrayOf("bigint", actionIds.toArray());
					statement.setArray(2, actions);
					statement.setArray(3, actions);
				}, (rs, n) -> new Row(rs.getLong("id"),
						rs.getLong("action_id"), rs.getLong("period_id"), rs.getString("status_code"),
						rs.getString("confidence"), rs.getString("done"), rs.getString("next_steps"),
						rs.getString("state"), rs.getString("author_name"), instant(rs, "updated_at"),
						instant(rs, "submitted_at"), rs.getBoolean("demo"), rs.getLong("version")));
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> updateIds = rows.stream().map(Row::id).toList();
		Map<Long, Map<Long, BigDecimal>> actuals = new HashMap<>();
		this.jdbc.query("select update_id, measure_id, value from measure_actual where update_id = any(?)",
				ids(updateIds), rs -> {
					actuals.computeIfAbsent(rs.getLong("update_id"), id -> new HashMap<>())
						.put(rs.getLong("measure_id"), rs.getBigDecimal("value"));
				});
		Map<Long, List<EvidenceView>> evidence = new HashMap<>();
		this.jdbc.query("select id, update_id, kind, title, url, file_name, content_type, size_bytes from evidence "
				+ "where update_id = any(?) order by added_at, id", ids(updateIds), rs -> {
					evidence.computeIfAbsent(rs.getLong("update_id"), id -> new ArrayList<>())
						.add(new EvidenceView(rs.getLong("id"), "LINK".equals(rs.getString("kind")),
								rs.getString("title"), rs.getString("url"), rs.getString("file_name"),
								rs.getString("content_type"), rs.getObject("size_bytes", Long.class)));
				});
		Map<Long, List<ReviewView>> reviews = new HashMap<>();
		this.jdbc.query("select update_id, decision, comment, reviewer_name, decided_at from board_review "
				+ "where update_id = any(?) order by decided_at, id", ids(updateIds), rs -> {
					reviews.computeIfAbsent(rs.getLong("update_id"), id -> new ArrayList<>())
						.add(new ReviewView("ACCEPTED".equals(rs.getString("decision")), rs.getString("comment"),
								rs.getString("reviewer_name"), instant(rs, "decided_at")));
				});
		return rows.stream()
			.map(row -> new UpdateView(row.id(), row.actionId(), periods.get(row.periodId()), row.statusCode(),
					row.confidence() == null ? null : Rag.valueOf(row.confidence()), row.done(), row.nextSteps(),
					UpdateView.State.valueOf(row.state()), row.authorName(), row.updatedAt(), row.submittedAt(),
					row.demo(), Map.copyOf(actuals.getOrDefault(row.id(), Map.of())),
					List.copyOf(evidence.getOrDefault(row.id(), List.of())),
					List.copyOf(reviews.getOrDefault(row.id(), List.of())), row.version()))
			.toList();
	}

	/**
	 * Binds the ids as one array, so that a statement is the same however many there are.
	 */
	private static PreparedStatementSetter ids(Collection<Long> ids) {
		return statement -> statement.setArray(1,
				statement.getConnection().createArrayOf("bigint", ids.toArray()));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Row(long id, long actionId, long periodId, String statusCode, String confidence, String done,
			String nextSteps, String state, String authorName, Instant updatedAt, Instant submittedAt, boolean demo,
			long version) {
	}

}
