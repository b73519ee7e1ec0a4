package org.wsoatracker.shared.database;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The application connects to its embedded database as a role that owns no table: whatever runs through its
 * connections cannot alter, drop or empty a table, turn off the triggers that keep the audit trail and published
 * reports unchanged, or change or remove their rows. Its ordinary work, reading and changing rows, still succeeds.
 */
class DatabaseRolesTests {

	private static final String INSUFFICIENT_PRIVILEGE = "42501";

	/**
	 * The append-only tables, each with its key column.
	 */
	private static final Map<String, String> APPEND_ONLY = Map.of("audit_event", "id", "published_report", "id",
			"public_page_setting", "id", "published_report_pdf", "report_id");

	@TempDir
	Path dataDirectory;

	@Test
	void theApplicationConnectsAsARoleThatOwnsNothingAndFlywayAsTheOwner() {
		application().run(context -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("wsoa_app");
			assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
				.isFalse();
			assertThat(tableOwners(jdbc)).containsOnly("wsoa_owner");
			JdbcTemplate superuser = new JdbcTemplate(context.getBean(EmbeddedPostgres.class).getPostgresDatabase());
			assertThat(superuser.queryForList("select distinct installed_by from flyway_schema_history", String.class))
				.containsExactly("wsoa_owner");
			assertThat(sqlState(jdbc, "select * from flyway_schema_history")).isEqualTo(INSUFFICIENT_PRIVILEGE);
		});
	}

	@Test
	void theApplicationRoleCannotAlterDropOrEmptyTablesNorDisableTheirTriggers() {
		application().run(context -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			for (String table : APPEND_ONLY.keySet()) {
				assertThat(sqlState(jdbc, "alter table " + table + " disable trigger " + table + "_append_only"))
					.as("disable the trigger of %s", table)
					.isEqualTo(INSUFFICIENT_PRIVILEGE);
				assertThat(sqlState(jdbc, "alter table " + table + " disable trigger all")).isEqualTo(INSUFFICIENT_PRIVILEGE);
				assertThat(sqlState(jdbc, "drop trigger " + table + "_append_only on " + table))
					.isEqualTo(INSUFFICIENT_PRIVILEGE);
				assertThat(sqlState(jdbc, "drop table " + table)).isEqualTo(INSUFFICIENT_PRIVILEGE);
				assertThat(sqlState(jdbc, "truncate " + table)).isEqualTo(INSUFFICIENT_PRIVILEGE);
			}
			assertThat(sqlState(jdbc, "drop table local_area cascade")).isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(sqlState(jdbc, "alter table local_area drop column name")).isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(sqlState(jdbc, "create table kept_aside (id int)")).isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(sqlState(jdbc, "create or replace function audit_event_is_append_only() returns trigger "
					+ "language plpgsql as $$ begin return old; end $$")).isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(sqlState(jdbc, "delete from flyway_schema_history")).isEqualTo(INSUFFICIENT_PRIVILEGE);
		});
	}

	@Test
	void theApplicationRoleOnlyAddsToAppendOnlyTablesAndChangesOrdinaryOnes() {
		application().run(context -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			jdbc.update("insert into audit_event (entity, entity_id, operation, field, new_value) "
					+ "values ('LocalArea', 1, 'CREATE', 'name', 'York')");
			assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(1);
			// refused by the privileges, before the trigger is reached
			assertThat(sqlState(jdbc, "update audit_event set new_value = 'Leeds'")).isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(sqlState(jdbc, "delete from audit_event")).isEqualTo(INSUFFICIENT_PRIVILEGE);
			APPEND_ONLY.forEach((table, key) -> {
				assertThat(sqlState(jdbc, "update " + table + " set " + key + " = " + key)).as("update %s", table)
					.isEqualTo(INSUFFICIENT_PRIVILEGE);
				assertThat(sqlState(jdbc, "delete from " + table)).as("delete from %s", table)
					.isEqualTo(INSUFFICIENT_PRIVILEGE);
			});

			jdbc.update("insert into local_area (code, name) values ('YORK', 'York')");
			jdbc.update("update local_area set name = 'City of York' where code = 'YORK'");
			assertThat(jdbc.queryForObject("select name from local_area where code = 'YORK'", String.class))
				.isEqualTo("City of York");
			jdbc.update("delete from local_area where code = 'YORK'");
			assertThat(jdbc.queryForObject("select count(*) from local_area", Integer.class)).isZero();

			// An authenticator app is set up, used and removed; so are recovery codes.
			long account = jdbc.queryForObject("insert into account (email, display_name, role) "
					+ "values ('pat@example.org', 'Pat', 'LEAD') returning id", Long.class);
			jdbc.update("insert into authenticator_app (account_id, secret, created_at) values (?, 'encrypted', now())",
					account);
			jdbc.update("update authenticator_app set confirmed_at = now(), last_used_step = 1 where account_id = ?",
					account);
			jdbc.update("insert into recovery_code (account_id, code_hash, created_at) values (?, repeat('0', 64), now())",
					account);
			jdbc.update("update recovery_code set used_at = now() where account_id = ?", account);
			jdbc.update("delete from recovery_code where account_id = ?", account);
			jdbc.update("delete from authenticator_app where account_id = ?", account);
			assertThat(jdbc.queryForObject("select count(*) from authenticator_app", Integer.class)).isZero();
		});
	}

	/**
	 * The database checks that no published report refers to a plan or a period being removed; it makes that check as
	 * the owner, which may not change the reports' rows, and the removal must still go ahead.
	 */
	@Test
	void aPlanWithItsPeriodsIsRemovedThoughTheReportsTablesMayNotBeChanged() {
		application().run(context -> {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long area = jdbc.queryForObject("insert into local_area (code, name) values ('YORK', 'York') returning id",
					Long.class);
			long inspection = jdbc.queryForObject("insert into inspection (local_area_id, framework, start_date, "
					+ "end_date, outcome) values (?, 'JOINT_LOCAL_AREA_SEND_2016', date '2019-11-04', "
					+ "date '2019-11-08', 'WRITTEN_STATEMENT_REQUIRED') returning id", Long.class, area);
			long plan = jdbc.queryForObject("insert into plan (inspection_id, kind, title, status, scale_id) values "
					+ "(?, 'WRITTEN_STATEMENT_OF_ACTION', 'Draft', 'DRAFT', "
					+ "(select id from progress_scale where code = 'YORK_SIX_STEP')) returning id", Long.class,
					inspection);
			jdbc.update("insert into reporting_period (plan_id, month, due_date, review_point, status) "
					+ "values (?, date '2020-06-01', date '2020-06-30', true, 'OPEN')", plan);

			jdbc.update("delete from reporting_period where plan_id = ?", plan);
			jdbc.update("delete from plan where id = ?", plan);

			assertThat(jdbc.queryForObject("select count(*) from plan", Integer.class)).isZero();
			assertThat(sqlState(jdbc, "update published_report set demo = demo")).isEqualTo(INSUFFICIENT_PRIVILEGE);
		});
	}

	@Test
	void tablesMadeByAnEarlierVersionAsTheSuperuserPassToTheOwner() throws Exception {
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory)
			.setCleanDataDirectory(false)
			.start()) {
			Flyway.configure()
				.dataSource(earlier.getPostgresDatabase())
				.locations("classpath:db/migration")
				.placeholders(java.util.Map.of(ApplicationRoleConfiguration.PLACEHOLDER, ""))
				.load()
				.migrate();
			JdbcTemplate superuser = new JdbcTemplate(earlier.getPostgresDatabase());
			assertThat(tableOwners(superuser)).containsOnly("postgres");
			superuser.update("insert into local_area (code, name) values ('YORK', 'York')");
		}

		application().run(context -> {
			assertThat(context).hasNotFailed();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(tableOwners(jdbc)).containsOnly("wsoa_owner");
			assertThat(jdbc.queryForObject(
					"select count(*) from pg_proc where pronamespace = 'public'::regnamespace "
							+ "and proowner <> 'wsoa_owner'::regrole",
					Integer.class))
				.isZero();
			assertThat(jdbc.queryForObject("select name from local_area", String.class)).isEqualTo("York");
			assertThat(sqlState(jdbc, "alter table audit_event disable trigger audit_event_append_only"))
				.isEqualTo(INSUFFICIENT_PRIVILEGE);
			assertThat(sqlState(jdbc, "delete from published_report")).isEqualTo(INSUFFICIENT_PRIVILEGE);
		});
	}

	/**
	 * Instances started at once each grant the application role its rights once their migrations are done, outside
	 * Flyway's lock: the grants run one after the other, where PostgreSQL would otherwise refuse one instance's grant
	 * on a table the other is granting ("tuple concurrently updated") and that instance would not start. Here two
	 * instances' Flyway start together, many times over.
	 */
	@Test
	void instancesStartingTogetherGrantTheApplicationRoleOneAfterTheOther() {
		application().run(context -> {
			assertThat(context).hasNotFailed();
			String url = EmbeddedDatabaseConfiguration.jdbcUrl(context.getBean(EmbeddedPostgres.class));
			List<Flyway> flyways = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				flyways.add(Flyway.configure()
					.dataSource(url, EmbeddedDatabaseConfiguration.OWNER_ROLE, null)
					.locations("classpath:db/migration")
					.placeholders(Map.of(ApplicationRoleConfiguration.PLACEHOLDER,
							EmbeddedDatabaseConfiguration.APPLICATION_ROLE))
					.load());
			}
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				for (int round = 0; round < 30; round++) {
					CyclicBarrier together = new CyclicBarrier(2);
					List<Future<?>> starts = new ArrayList<>();
					for (Flyway flyway : flyways) {
						starts.add(instances.submit(() -> {
							together.await(10, TimeUnit.SECONDS);
							return flyway.migrate();
						}));
					}
					for (Future<?> start : starts) {
						start.get(60, TimeUnit.SECONDS);
					}
				}
			}
			finally {
				instances.shutdownNow();
			}
		});
	}

	private ApplicationContextRunner application() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
					JdbcTemplateAutoConfiguration.class))
			.withUserConfiguration(EmbeddedDatabaseConfiguration.class, ApplicationRoleConfiguration.class)
			.withPropertyValues("wsoa.embedded-database.data-directory=" + this.dataDirectory,
					"spring.flyway.locations=classpath:db/migration");
	}

	static List<String> tableOwners(JdbcTemplate jdbc) {
		return jdbc.queryForList("select distinct tableowner from pg_tables where schemaname = 'public'", String.class);
	}

	/**
	 * The SQL state PostgreSQL refuses the statement with; fails the test when the statement succeeds.
	 */
	static String sqlState(JdbcTemplate jdbc, String sql) {
		try {
			jdbc.execute(sql);
		}
		catch (DataAccessException ex) {
			if (ex.getMostSpecificCause() instanceof SQLException refusal) {
				return refusal.getSQLState();
			}
			throw ex;
		}
		return fail("PostgreSQL accepted: " + sql);
	}

}
