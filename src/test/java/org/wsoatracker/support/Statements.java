package org.wsoatracker.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends to the database, however it sends them (JPA, JdbcTemplate or
 * Spring Session), by watching every connection of the data source.
 */
public class Statements implements BeanPostProcessor {

	private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong rows = new AtomicLong();

	/** The text of each statement prepared while {@link #sqlOf} runs its work. */
	private volatile List<String> recording;

	/**
	 * Runs the work and answers how many statements it sent. Counts everything sent meanwhile, so the work should be
	 * the only thing running.
	 */
	public long countOf(Runnable work) {
		long before = this.count.get();
		work.run();
		return this.count.get() - before;
	}

	/**
	 * Runs the work and answers how many rows the database sent back to it, over every query. As
	 * {@link #countOf}, the work should be the only thing running.
	 */
	public long rowsOf(Runnable work) {
		long before = this.rows.get();
		work.run();
		return this.rows.get() - before;
	}

	/**
	 * Runs the work and answers the text of every statement it prepared (a plain statement, created without its text,
	 * as "(statement)"), in order.
	 */
	public List<String> sqlOf(Runnable work) {
		List<String> sql = Collections.synchronizedList(new ArrayList<>());
		this.recording = sql;
		try {
			work.run();
		}
		finally {
			this.recording = null;
		}
		return List.copyOf(sql);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof DataSource dataSource ? new Counting(dataSource) : bean;
	}

	private final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						if (PREPARING.contains(method.getName())) {
							Statements.this.count.incrementAndGet();
							List<String> sql = Statements.this.recording;
							if (sql != null) {
								sql.add(args != null && args.length > 0 && args[0] instanceof String text ? text
										: "(statement)");
							}
						}
						Object result = invoke(method, connection, args);
						return result instanceof Statement statement ? counted(statement) : result;
					});
		}

		/**
		 * The statement, counting the rows of every result it answers.
		 */
		private Object counted(Statement statement) {
			Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
					: statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
			return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, args) -> {
						Object result = invoke(method, statement, args);
						return result instanceof ResultSet resultSet ? counted(resultSet) : result;
					});
		}

		private ResultSet counted(ResultSet resultSet) {
			return (ResultSet) Proxy.newProxyInstance(ResultSet.class.getClassLoader(),
					new Class<?>[] { ResultSet.class }, (proxy, method, args) -> {
						Object result = invoke(method, resultSet, args);
						if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
							Statements.this.rows.incrementAndGet();
						}
						return result;
					});
		}

		private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
				throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
