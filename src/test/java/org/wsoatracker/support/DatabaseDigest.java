package org.wsoatracker.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database holds, table by table, to show that a refused request wrote nothing: each table's row count and
 * a hash of its rows (its latest id, for the append-only ones).
 */
public final class DatabaseDigest {

	/**
	 * Tables that change whatever a request does (sessions, the double-submit tokens, the security event log and
	 * sign-in failures, which record refusals), left out.
	 */
	private static final Set<String> NOT_DIGESTED = Set.of("spring_session", "spring_session_attributes",
			"form_submission", "security_event", "sign_in_failure", "shedlock", "flyway_schema_history");

	/**
	 * Tables that are only ever added to: their row count and latest id say whether anything was written.
	 */
	private static final Set<String> APPEND_ONLY = Set.of("audit_event", "published_report", "public_page_setting");

	private DatabaseDigest() {
	}

	public static Map<String, List<Long>> of(JdbcTemplate jdbc) {
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class);
		String query = tables.stream()
			.filter(table -> !NOT_DIGESTED.contains(table))
			.map(table -> "select '" + table + "', count(*), "
					+ (APPEND_ONLY.contains(table) ? "coalesce(max(id), 0)"
							: "coalesce(sum(hashtextextended(t::text, 0)), 0)::numeric % 9223372036854775807")
					+ " from " + table + " t")
			.collect(Collectors.joining(" union all "));
		Map<String, List<Long>> digest = new LinkedHashMap<>();
		jdbc.query(query, rs -> {
			digest.put(rs.getString(1), Arrays.asList(rs.getLong(2), rs.getBigDecimal(3).longValue()));
		});
		return digest;
	}

}
