package org.wsoatracker.shared.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether an administrator has removed the demo data from this database. Once it has been, demo mode loads it no
 * more: not its accounts, its local areas, their progress nor their reports, however often the service starts.
 */
@Component
public class DemoDataRemoval {

	private final JdbcClient jdbc;

	DemoDataRemoval(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean done() {
		return this.jdbc.sql("select exists (select from demo_data_removal)").query(Boolean.class).single();
	}

	/**
	 * Records the removal, in the transaction that removes the demo data.
	 */
	public void record(Instant at, String removedBy) {
		this.jdbc
			.sql("insert into demo_data_removal (id, removed_at, removed_by) values (1, ?, ?) on conflict do nothing")
			.params(Timestamp.from(at), removedBy)
			.update();
	}

}
