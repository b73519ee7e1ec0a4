package org.wsoatracker.shared.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures say the database cannot be reached (answered 503), and which are failures of their own (answered as
 * failures).
 */
class DatabaseUnavailableFilterTests {

	@Test
	void failuresToReachTheDatabase() {
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(
				new RuntimeException(new SQLException("Connection refused", "08001", new ConnectException()))))
			.isTrue();
		assertThat(DatabaseUnavailableFilter
			.databaseUnreachable(new SQLException("terminating connection due to administrator command", "57P01")))
			.isTrue();
		// The rollback after a broken connection fails too, and its failure is the one thrown.
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(new JpaSystemException(
				new RuntimeException("Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
			.isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(new IllegalStateException("a bug"))).isFalse();
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(new SQLException("Connection is closed", "23505")))
			.isFalse();
	}

}
