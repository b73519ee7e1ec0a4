package org.wsoatracker.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which local area a record named in an address belongs to, so that nobody reaches another local area's records by
 * changing a number in the address. A path variable is known by the word before it: {@code /plans/{id}} names a plan,
 * {@code /plans/{planId}/areas/{areaId}} a plan's area, {@code /local-areas/{areaId}} a local area.
 */
@Component
public class RecordAreas {

	/**
	 * Path variables that name no record of a local area: a link's secret token, a file's extension.
	 */
	public static final Set<String> NOT_RECORDS = Set.of("token", "extension");

	private static final String PLAN = "select i.local_area_id from plan p join inspection i on i.id = p.inspection_id where p.id = ?";

	private static final String ACTION = """
			select i.local_area_id from plan_action a join plan_area pa on pa.id = a.area_id join plan p on p.id = pa.plan_id
			join inspection i on i.id = p.inspection_id where a.id = ?""";

	private static final String UPDATE = """
			select i.local_area_id from progress_update u join reporting_period rp on rp.id = u.period_id
			join plan p on p.id = rp.plan_id join inspection i on i.id = p.inspection_id where u.id = ?""";

	/**
	 * The statement that finds a record's local area, by the word before the record's path variable.
	 */
	private static final Map<String, String> BY_COLLECTION = Map.ofEntries(
			Map.entry("local-areas", "select id from local_area where id = ?"),
			Map.entry("organisations", "select local_area_id from organisation where id = ?"),
			Map.entry("people", "select local_area_id from person where id = ?"),
			Map.entry("inspections", "select local_area_id from inspection where id = ?"),
			Map.entry("findings", """
					select i.local_area_id from inspection_finding f join inspection i on i.id = f.inspection_id
					where f.id = ?"""),
			Map.entry("weaknesses", """
					select i.local_area_id from inspection_weakness w join inspection i on i.id = w.inspection_id
					where w.id = ?"""),
			Map.entry("plans", PLAN),
			Map.entry("areas", """
					select i.local_area_id from plan_area pa join plan p on p.id = pa.plan_id
					join inspection i on i.id = p.inspection_id where pa.id = ?"""),
			Map.entry("actions", ACTION),
			Map.entry("periods", """
					select i.local_area_id from reporting_period rp join plan p on p.id = rp.plan_id
					join inspection i on i.id = p.inspection_id where rp.id = ?"""),
			Map.entry("updates", UPDATE),
			Map.entry("evidence", """
					select i.local_area_id from evidence e join progress_update u on u.id = e.update_id
					join reporting_period rp on rp.id = u.period_id join plan p on p.id = rp.plan_id
					join inspection i on i.id = p.inspection_id where e.id = ?"""),
			Map.entry("revisits", """
					select i.local_area_id from revisit r join inspection i on i.id = r.inspection_id where r.id = ?"""),
			Map.entry("reports", """
					select i.local_area_id from published_report r join plan p on p.id = r.plan_id
					join inspection i on i.id = p.inspection_id where r.id = ?"""),
			Map.entry("risks", """
					select i.local_area_id from risk r join plan p on p.id = r.plan_id
					join inspection i on i.id = p.inspection_id where r.id = ?"""),
			Map.entry("board-meetings", """
					select i.local_area_id from board_meeting m join plan p on p.id = m.plan_id
					join inspection i on i.id = p.inspection_id where m.id = ?"""),
			Map.entry("actions-arising", """
					select i.local_area_id from action_arising a join board_meeting m on m.id = a.meeting_id
					join plan p on p.id = m.plan_id join inspection i on i.id = p.inspection_id where a.id = ?"""),
			Map.entry("oversight-reviews", """
					select i.local_area_id from oversight_review r join plan p on p.id = r.plan_id
					join inspection i on i.id = p.inspection_id where r.id = ?"""),
			Map.entry("advisers", """
					select i.local_area_id from plan_adviser a join plan p on p.id = a.plan_id
					join inspection i on i.id = p.inspection_id where a.id = ?"""),
			Map.entry("accounts", "select local_area_id from account_local_area where account_id = ?"));

	private final JdbcClient jdbc;

	RecordAreas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether a path variable after this word names a record this class knows the local area of.
	 */
	public static boolean knows(String collection) {
		return BY_COLLECTION.containsKey(collection);
	}

	/**
	 * The local areas of the record (one, or an account's several); empty when there is no such record.
	 */
	List<Long> localAreasOf(String collection, long id) {
		String statement = BY_COLLECTION.get(collection);
		if (statement == null) {
			throw new IllegalStateException("No rule for the local area of /" + collection + "/{…}");
		}
		return this.jdbc.sql(statement).param(id).query(Long.class).list();
	}

	/**
	 * The collection a path variable names, from the address pattern it is in: the word before it.
	 */
	public static Optional<String> collectionOf(String pattern, String variable) {
		String[] segments = pattern.split("/");
		for (int i = 1; i < segments.length; i++) {
			if (segments[i].contains("{" + variable + "}") || segments[i].contains("{" + variable + ":")) {
				return Optional.of(segments[i - 1]);
			}
		}
		return Optional.empty();
	}

}
