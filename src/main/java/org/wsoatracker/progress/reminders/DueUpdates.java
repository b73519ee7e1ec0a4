package org.wsoatracker.progress.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, in one query, what reminders are due, and records the ones sent.
 */
@Repository
class DueUpdates {

	/*
	 * Each lead with an email address of each action that has no submitted update (none, or a draft) for its plan's
	 * current period (the latest open one: updates can be written only for that one), where the period is due within
	 * the window and the lead was not reminded about that period on or after the repeat boundary.
	 */
	private static final String DUE = """
			select p.id as person_id, p.name as person_name, btrim(p.email) as email,
			       rp.id as period_id, rp.month, rp.due_date,
			       pl.id as plan_id, pl.title as plan_title,
			       a.id as action_id, a.number as action_number, a.outcome
			from reporting_period rp
			join plan pl on pl.id = rp.plan_id
			join plan_area ar on ar.plan_id = pl.id
			join plan_action a on a.area_id = ar.id
			join action_lead al on al.action_id = a.id
			join person p on p.id = al.person_id
			left join progress_update u on u.action_id = a.id and u.period_id = rp.id
			where rp.status = 'OPEN'
			  and pl.status <> 'CLOSED'
			  and not exists (select 1 from reporting_period later
			                  where later.plan_id = rp.plan_id and later.status = 'OPEN' and later.month > rp.month)
			  and rp.due_date <= :lastDueDate
			  and (u.id is null or u.state = 'DRAFT')
			  and btrim(coalesce(p.email, '')) <> ''
			  and not exists (select 1 from reminder_sent r
			                  where r.person_id = p.id and r.period_id = rp.id and r.sent_at >= :remindedSince)
			order by p.id, rp.due_date, pl.title, pl.id, ar.number, a.position, a.id
			""";

	private final JdbcClient jdbc;

	DueUpdates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param lastDueDate the latest due date to remind about (today plus the days before due)
	 * @param remindedSince a reminder sent at or after this instant holds back the next one
	 */
	List<DueUpdate> find(LocalDate lastDueDate, Instant remindedSince) {
		return this.jdbc.sql(DUE)
			.param("lastDueDate", lastDueDate)
			.param("remindedSince", remindedSince.atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new DueUpdate(rs.getLong("person_id"), rs.getString("person_name"),
					rs.getString("email"), rs.getLong("period_id"),
					YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getObject("due_date", LocalDate.class),
					rs.getLong("plan_id"), rs.getString("plan_title"), rs.getLong("action_id"),
					rs.getString("action_number"), rs.getString("outcome")))
			.list();
	}

	@Transactional
	void recordSent(long personId, Collection<Long> periodIds, Instant sentAt) {
		for (long periodId : periodIds) {
			this.jdbc.sql("insert into reminder_sent (person_id, period_id, sent_at) values (?, ?, ?)")
				.params(personId, periodId, sentAt.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

}
