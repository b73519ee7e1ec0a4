package org.wsoatracker.plan;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.wsoatracker.support.TestDatabase;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that lets an area answer several areas of weakness, on a database made by the version before it: each
 * area keeps the weakness it answered, and an area that answered none still answers none.
 */
class AreaWeaknessMigrationTests {

	@Test
	void eachAreaKeepsTheWeaknessItAnswered() {
		JdbcConnectionDetails database = TestDatabase.freshDatabase();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
				database.getPassword());
		migrate(dataSource, "20");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long area = jdbc.queryForObject("insert into local_area (code, name) values ('YORK', 'York') returning id",
				Long.class);
		long inspection = jdbc.queryForObject("insert into inspection (local_area_id, framework, outcome) "
				+ "values (?, 'JOINT_LOCAL_AREA_SEND_2016', 'WRITTEN_STATEMENT_REQUIRED') returning id", Long.class,
				area);
		long first = weakness(jdbc, inspection, 1);
		long second = weakness(jdbc, inspection, 2);
		long plan = jdbc.queryForObject("insert into plan (inspection_id, kind, title, status, scale_id) "
				+ "select ?, 'WRITTEN_STATEMENT_OF_ACTION', 'York WSOA', 'DRAFT', id from progress_scale "
				+ "where code = 'YORK_SIX_STEP' returning id", Long.class, inspection);
		jdbc.update("insert into plan_area (plan_id, number, title, weakness_text, weakness_id) values "
				+ "(?, 1, 'Leadership', 'Oversight', ?), (?, 2, 'Commissioning', 'Commissioning', ?), "
				+ "(?, 3, 'Co-production', 'Not involved', null)", plan, second, plan, first, plan);

		migrate(dataSource, "latest");

		assertThat(jdbc.queryForList("select a.number || ' answers ' || w.number from plan_area a "
				+ "join plan_area_weakness aw on aw.area_id = a.id join inspection_weakness w on w.id = aw.weakness_id "
				+ "order by a.number, w.number", String.class))
			.containsExactly("1 answers 2", "2 answers 1");
		assertThat(jdbc.queryForObject("select count(*) from information_schema.columns "
				+ "where table_name = 'plan_area' and column_name = 'weakness_id'", Integer.class))
			.isZero();
	}

	private static long weakness(JdbcTemplate jdbc, long inspection, int number) {
		return jdbc.queryForObject("insert into inspection_weakness (inspection_id, number, text) "
				+ "values (?, ?, 'Weakness " + number + "') returning id", Long.class, inspection, number);
	}

	private static void migrate(DriverManagerDataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.placeholders(Map.of("application_role", ""))
			.target(target)
			.load()
			.migrate();
	}

}
