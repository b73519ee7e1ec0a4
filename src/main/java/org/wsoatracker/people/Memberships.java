package org.wsoatracker.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which local areas each account belongs to: the one place that reads and changes them, and tells of each change
 * ({@link LocalAreasOfAccountChanged}).
 */
@Component
class Memberships {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Memberships(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Set<Long> areasOf(long accountId) {
		return new HashSet<>(this.jdbc.sql("select local_area_id from account_local_area where account_id = ?")
			.param(accountId)
			.query(Long.class)
			.list());
	}

	void join(long accountId, long localAreaId) {
		if (this.jdbc.sql("""
				insert into account_local_area (account_id, local_area_id) values (?, ?)
				on conflict do nothing""").params(accountId, localAreaId).update() > 0) {
			changed(accountId);
		}
	}

	/**
	 * The accounts with these emails (those that exist) join the local area.
	 */
	void joinByEmail(Collection<String> emails, long localAreaId) {
		this.jdbc.sql("""
				insert into account_local_area (account_id, local_area_id)
				select id, ? from account where email = any(?)
				on conflict do nothing
				returning (select email from account where id = account_id)""")
			.params(localAreaId, emails.stream().map(Account::normalise).toArray(String[]::new))
			.query(String.class)
			.list()
			.forEach(email -> this.events.publishEvent(new LocalAreasOfAccountChanged(email)));
	}

	void leave(long accountId, long localAreaId) {
		if (this.jdbc.sql("delete from account_local_area where account_id = ? and local_area_id = ?")
			.params(accountId, localAreaId)
			.update() > 0) {
			changed(accountId);
		}
	}

	/**
	 * Tells the account's sessions that its local areas changed (they read them again on their next request).
	 */
	private void changed(long accountId) {
		this.jdbc.sql("select email from account where id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.ifPresent(email -> this.events.publishEvent(new LocalAreasOfAccountChanged(email)));
	}

	List<String> namesOf(Collection<Long> localAreaIds) {
		return this.jdbc.sql("select name from local_area where id = any(?) order by name")
			.param(localAreaIds.toArray(Long[]::new))
			.query(String.class)
			.list();
	}

}
