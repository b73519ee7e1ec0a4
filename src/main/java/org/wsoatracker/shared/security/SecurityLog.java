package org.wsoatracker.shared.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wsoatracker.shared.audit.AuditedPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security event log. Each event is a row in {@code security_event} (which the database lets no one change or
 * delete) and a log line with its fields as {@code key="value"} pairs, for the operators' log tools. Who acted and
 * from which address are taken from the request being served.
 */
@Component
public class SecurityLog {

	private static final Logger log = LoggerFactory.getLogger("wsoa.security");

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	SecurityLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records an event about the signed-in person (or, when no one is signed in, about no one in particular).
	 */
	public void record(SecurityEventKind kind, String detail) {
		Authentication actor = actor();
		record(kind, actor == null ? null : actor.getName(), accountId(actor), detail);
	}

	/**
	 * Records an event about an account or an email address as typed.
	 */
	public void record(SecurityEventKind kind, String subjectEmail, Long subjectAccountId, String detail) {
		Authentication actor = actor();
		String actorEmail = actor == null ? null : bounded(actor.getName(), 320);
		String subject = subjectEmail == null ? null : bounded(subjectEmail.trim().toLowerCase(Locale.ROOT), 320);
		String ip = bounded(clientAddress(), 64);
		String text = detail == null ? null : bounded(detail, 500);
		this.jdbc.sql("""
				insert into security_event
				  (occurred_at, kind, subject_email, subject_account_id, actor_account_id, actor_email, ip_address, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(this.clock.instant()), kind.name(), subject, subjectAccountId, accountId(actor),
					actorEmail, ip, text)
			.update();
		log.info("security_event kind=\"{}\" subject=\"{}\" actor=\"{}\" ip=\"{}\" detail=\"{}\"", kind,
				printable(subject), printable(actorEmail), printable(ip), printable(text));
	}

	/**
	 * Records a refusal that the surrounding transaction is about to roll back: in a transaction of its own, so that
	 * it stays.
	 */
	public void recordRefusal(SecurityEventKind kind, String subjectEmail, String detail) {
		this.ownTransaction.executeWithoutResult((status) -> record(kind, subjectEmail, null, detail));
	}

	/**
	 * A page of events, newest first: those of the accounts of the scope's local areas (as subject or actor), or every
	 * event when {@code everyone} (for a service administrator); of one person (by email) and of one kind, either or
	 * both left out to mean all.
	 */
	public List<SecurityEvent> events(AreaScope scope, boolean everyone, String email, SecurityEventKind kind,
			int page) {
		StringBuilder sql = new StringBuilder("select id, occurred_at, kind, subject_email, actor_email, ip_address, "
				+ "detail from security_event e where true");
		List<Object> params = new ArrayList<>();
		if (!everyone) {
			// An administrator sees what happened to, or was done by, the accounts of their local areas.
			sql.append(" and exists (select from account_local_area m where m.local_area_id = any(?)"
					+ " and m.account_id in (e.subject_account_id, e.actor_account_id))");
			params.add(scope.ids());
		}
		if (email != null && !email.isBlank()) {
			sql.append(" and (lower(subject_email) = ? or lower(actor_email) = ?)");
			String key = email.trim().toLowerCase(Locale.ROOT);
			params.add(key);
			params.add(key);
		}
		if (kind != null) {
			sql.append(" and kind = ?");
			params.add(kind.name());
		}
		sql.append(" order by occurred_at desc, id desc limit ? offset ?");
		params.add(PAGE_SIZE + 1);
		params.add((long) Math.max(0, page - 1) * PAGE_SIZE);
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> new SecurityEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					SecurityEventKind.valueOf(rs.getString("kind")), rs.getString("subject_email"),
					rs.getString("actor_email"), rs.getString("ip_address"), rs.getString("detail")))
			.list();
	}

	private static Authentication actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

	private static Long accountId(Authentication actor) {
		return actor != null && actor.getPrincipal() instanceof AuditedPrincipal principal ? principal.getAccountId()
				: null;
	}

	/**
	 * The address of the client as the server sees it (behind a trusted proxy, the one it forwarded).
	 */
	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String bounded(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", " ");
		return clean.length() > max ? clean.substring(0, max) : clean;
	}

	private static String printable(String text) {
		return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
