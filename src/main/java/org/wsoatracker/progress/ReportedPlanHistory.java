package org.wsoatracker.progress;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.wsoatracker.plan.PlanHistory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the plan register what progress has been reported against its plans, actions and measures, so that it
 * refuses to remove them (and says why) rather than lose their history.
 */
@Component
class ReportedPlanHistory implements PlanHistory {

	private final JdbcTemplate jdbc;

	ReportedPlanHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> measuresWithReportedValues(Collection<Long> measureIds) {
		if (measureIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> reported = new HashSet<>();
		this.jdbc.query("select distinct measure_id from measure_actual where measure_id = any(?)",
				statement -> statement.setArray(1,
						statement.getConnection().createArrayOf("bigint", measureIds.toArray())),
				rs -> {
					reported.add(rs.getLong(1));
				});
		return reported;
	}

	@Override
	public boolean actionHasUpdates(long actionId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from progress_update where action_id = ?)", Boolean.class, actionId));
	}

	@Override
	public boolean planIsReported(long planId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from reporting_period where plan_id = ?)"
						+ " or exists (select 1 from public_page_setting where plan_id = ?)",
				Boolean.class, planId, planId));
	}

}
