package org.wsoatracker.shared.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.wsoatracker.plan.ActionDetails;
import org.wsoatracker.plan.ActionView;
import org.wsoatracker.plan.PlanService;
import org.wsoatracker.plan.PlanView;
import org.wsoatracker.progress.Actor;
import org.wsoatracker.progress.ProgressService;
import org.wsoatracker.progress.UpdateCommand;
import org.wsoatracker.support.IntegrationTest;
import org.wsoatracker.support.TestPlans;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of plan and progress data leaves audit rows written in its own transaction, and the rows can only
 * ever be added to.
 */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	PlanService plans;

	@Autowired
	ProgressService progress;

	@Autowired
	TestPlans testPlans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void changingAnActionRecordsWhoChangedWhichFieldFromWhatToWhat() {
		ActionView action = this.testPlans.create().areas().get(0).actions().get(0);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("admin@example.org", null, List.of()));
		try {
			this.plans.updateAction(action.id(), action.version(),
					new ActionDetails("1.1", "A new outcome", action.action(), action.start(), action.end(), null,
							List.of(), List.of(), List.of(), null, List.of()));
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		List<AuditEntry> history = this.audit.history("PlanAction", List.of(action.id()));
		assertThat(history).anySatisfy(entry -> {
			assertThat(entry.operation()).isEqualTo("UPDATE");
			assertThat(entry.field()).isEqualTo("outcome");
			assertThat(entry.oldValue()).isEqualTo("Leaders have oversight");
			assertThat(entry.newValue()).isEqualTo("A new outcome");
			assertThat(entry.who()).isEqualTo("admin@example.org");
		});
		assertThat(history).anySatisfy(entry -> {
			assertThat(entry.operation()).isEqualTo("UPDATE");
			assertThat(entry.field()).isEqualTo("leadPersonIds");
			assertThat(entry.oldValue()).isEqualTo(action.leads().stream().map(lead -> lead.personId()).toList().toString());
			assertThat(entry.newValue()).isEqualTo("[]");
			assertThat(entry.who()).isEqualTo("admin@example.org");
		});
		assertThat(history).anySatisfy(entry -> {
			assertThat(entry.operation()).isEqualTo("CREATE");
			assertThat(entry.field()).isEqualTo("number");
			assertThat(entry.newValue()).isEqualTo("1.1");
		});
		assertThat(this.audit.history("Measure", List.of(action.measures().get(0).id())))
			.anySatisfy(entry -> assertThat(entry.operation()).isEqualTo("DELETE"));
	}

	@Test
	void progressUpdatesAreAuditedToo() {
		PlanView plan = this.testPlans.create();
		ActionView action = plan.areas().get(0).actions().get(0);
		this.progress.openPeriod(plan.id(), YearMonth.of(2020, 6), LocalDate.of(2020, 6, 30), false);

		long updateId = this.progress
			.write(action.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next", Map.of()),
					new Actor(this.jdbc.queryForObject("select id from account where email = 'admin@example.org'", Long.class),
							"Admin", true),
					null, false)
			.id();

		assertThat(this.audit.history("ProgressUpdate", List.of(updateId))).extracting(AuditEntry::field)
			.contains("statusCode", "state", "done");

		this.progress.write(action.id(), new UpdateCommand("PROGRESSING_AND_ON_TRACK", null, "Done", "Next",
				Map.of(action.measures().get(0).id(), new java.math.BigDecimal("12"))),
				new Actor(this.jdbc.queryForObject("select id from account where email = 'admin@example.org'", Long.class),
						"Admin", true),
				this.progress.update(updateId).version(), false);
		assertThat(this.audit.history("ProgressUpdate", List.of(updateId))).anySatisfy(entry -> {
			assertThat(entry.field()).isEqualTo("actuals");
			assertThat(entry.oldValue()).isEqualTo("{}");
			assertThat(entry.newValue()).isEqualTo("{" + action.measures().get(0).id() + "=12}");
		});
	}

	@Test
	void aChangeThatIsRolledBackLeavesNoAuditRow() {
		ActionView action = this.testPlans.create().areas().get(0).actions().get(0);
		int before = rows();

		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			this.plans.updateAction(action.id(), action.version(), new ActionDetails("1.1", "Rolled back",
					action.action(), null, null, null, List.of(), List.of(), List.of(), null, List.of()));
			throw new IllegalStateException("something failed later in the same transaction");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(rows()).isEqualTo(before);
		assertThat(this.plans.action(action.id()).outcome()).isEqualTo("Leaders have oversight");
	}

	@Test
	void theApplicationCannotUpdateOrDeleteAuditRows() {
		this.testPlans.create();
		long id = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);

		assertThatThrownBy(() -> this.jdbc.update("update audit_event set new_value = 'forged' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("truncate audit_event")).isInstanceOf(DataAccessException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where id = ?", Integer.class, id))
			.isOne();
	}

	private int rows() {
		return this.jdbc.queryForObject("select count(*) from audit_event", Integer.class);
	}

}
