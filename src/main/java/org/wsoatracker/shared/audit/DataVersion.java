package org.wsoatracker.shared.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each plan's data version: a number in the database that goes up with every transaction that changes what the
 * plan's pages are worked out from, committed with the change. The database raises it itself (triggers, migration
 * V39), however the change is made: through the application, a data fix in SQL or a loader. What is worked out from a
 * plan may be kept for as long as its version stays the same, on every instance of the application alike. Read the
 * version before the data: then what is kept is never older than the version it is kept for.
 */
@Component
public class DataVersion {

	private final JdbcTemplate jdbc;

	DataVersion(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan's data version as committed now (0 for a plan that does not exist).
	 */
	public long ofPlan(long planId) {
		return this.jdbc.query("select version from plan_data_version where plan_id = ?",
				rs -> rs.next() ? rs.getLong(1) : 0L, planId);
	}

	/**
	 * The data versions of the plans, as committed now, in one statement.
	 */
	public Map<Long, Long> ofPlans(Collection<Long> planIds) {
		Map<Long, Long> versions = new HashMap<>();
		if (planIds.isEmpty()) {
			return versions;
		}
		this.jdbc.query("select plan_id, version from plan_data_version where plan_id = any(?)",
				rs -> {
					versions.put(rs.getLong(1), rs.getLong(2));
				}, (Object) planIds.toArray(Long[]::new));
		return versions;
	}

}
