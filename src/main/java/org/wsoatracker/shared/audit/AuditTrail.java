package org.wsoatracker.shared.audit;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.internal.SessionFactoryImpl;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The append-only audit trail. Every insert, update and delete of an entity writes rows to {@code audit_event} on the
 * same connection, in the same transaction as the change: one row per field that changed (old and new value), who
 * changed it and when. Password hashes, file contents and version numbers are never written.
 */
@Component
public class AuditTrail implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionUpdateEventListener {

	private static final Set<String> NEVER_RECORDED = Set.of("passwordHash", "content", "version");

	private static final int MAX_VALUE_LENGTH = 4000;

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	AuditTrail(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
	}

	@PostConstruct
	void register() {
		EventListenerRegistry registry = this.entityManagerFactory.unwrap(SessionFactoryImpl.class)
			.getServiceRegistry()
			.getService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, this);
	}

	/**
	 * The audit rows of these entities, newest first.
	 */
	public List<AuditEntry> history(String entity, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String placeholders = String.join(",", ids.stream().map(id -> "?").toList());
		Object[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(entity), ids.stream()).toArray();
		return this.jdbc.query("select id, occurred_at, coalesce(account_email, 'the system'), entity, entity_id, "
				+ "operation, field, old_value, new_value from audit_event where entity = ? and entity_id in ("
				+ placeholders + ") order by id desc",
				(rs, row) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
						rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9)),
				args);
	}

	/**
	 * Records one change made as a whole (an import), beside the rows of the fields it changed: the entity it changed,
	 * what kind of change it was (the field) and, in words, what it did. Written in the current transaction.
	 */
	public void note(EntityManager entityManager, String entity, long id, String field, String text) {
		write(entityManager.unwrap(SharedSessionContractImplementor.class), entity, id, "IMPORT", field, null,
				limit(text));
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		String[] names = event.getPersister().getPropertyNames();
		Object[] state = event.getState();
		for (int i = 0; i < names.length; i++) {
			if (recorded(names[i]) && text(state[i]) != null) {
				write(event.getSession(), event.getPersister(), event.getId(), "CREATE", names[i], null, text(state[i]));
			}
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		String[] names = event.getPersister().getPropertyNames();
		Object[] oldState = event.getOldState();
		Object[] state = event.getState();
		for (int i = 0; i < names.length; i++) {
			String before = oldState == null ? null : text(oldState[i]);
			String after = text(state[i]);
			if (recorded(names[i]) && !Objects.equals(before, after)) {
				write(event.getSession(), event.getPersister(), event.getId(), "UPDATE", names[i], before, after);
			}
		}
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		write(event.getSession(), event.getPersister(), event.getId(), "DELETE", null, null, null);
	}

	/**
	 * A change to a collection of plain values kept with an entity (an action's leads, an update's actuals) is
	 * written as an update of that entity's field, the whole collection before and after. Collections of other
	 * entities write their own rows; collections of embedded records are not recorded.
	 */
	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		PersistentCollection<?> collection = event.getCollection();
		Object ownerId = event.getAffectedOwnerIdOrNull();
		String role = collection.getRole();
		String field = role == null ? null : role.substring(role.lastIndexOf('.') + 1);
		if (ownerId == null || field == null || !recorded(field)) {
			return;
		}
		Object snapshot = collection.getStoredSnapshot();
		Optional<String> before = collection instanceof Map<?, ?> ? mapText(snapshot)
				: valuesText(snapshot instanceof Map<?, ?> set ? set.values() : snapshot);
		Optional<String> after = collection instanceof Map<?, ?> map ? mapText(map)
				: valuesText(collection);
		if (before.isPresent() && after.isPresent() && !before.equals(after)) {
			String entity = event.getAffectedOwnerEntityName();
			write(event.getSession(), entity.substring(entity.lastIndexOf('.') + 1), ownerId, "UPDATE", field,
					before.get(), after.get());
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static boolean recorded(String property) {
		return !NEVER_RECORDED.contains(property);
	}

	/**
	 * A value as the trail shows it. Collections and other entities are left to their own rows.
	 */
	private static String text(Object value) {
		if (value == null || value instanceof Collection<?> || value instanceof Map<?, ?>
				|| value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
			return null;
		}
		String text = value instanceof byte[] bytes ? "(" + bytes.length + " bytes)"
				: value instanceof Object[] array ? Arrays.toString(array) : String.valueOf(value);
		return limit(text);
	}

	/**
	 * A collection of plain values as "[a, b]", or empty when its elements are not plain values.
	 */
	private static Optional<String> valuesText(Object values) {
		if (!(values instanceof Collection<?> collection) || !collection.stream().allMatch(AuditTrail::plain)) {
			return Optional.empty();
		}
		return Optional.of(limit(collection.toString()));
	}

	/**
	 * A map of plain values as "{key=value, …}" in key order, or empty when its entries are not plain values.
	 */
	private static Optional<String> mapText(Object values) {
		if (!(values instanceof Map<?, ?> map) || !map.keySet().stream().allMatch(AuditTrail::plain)
				|| !map.values().stream().allMatch(AuditTrail::plain)) {
			return Optional.empty();
		}
		Map<String, Object> sorted = new TreeMap<>();
		map.forEach((key, value) -> sorted.put(String.valueOf(key), value));
		return Optional.of(limit(sorted.toString()));
	}

	private static boolean plain(Object value) {
		return value instanceof Number || value instanceof CharSequence || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof TemporalAccessor;
	}

	private static String limit(String text) {
		return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) : text;
	}

	private static void write(SharedSessionContractImplementor session, EntityPersister persister, Object id,
			String operation, String field, String oldValue, String newValue) {
		write(session, persister.getEntityMappingType().getMappedJavaType().getJavaTypeClass().getSimpleName(), id,
				operation, field, oldValue, newValue);
	}

	private static void write(SharedSessionContractImplementor session, String entity, Object id, String operation,
			String field, String oldValue, String newValue) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String email = authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
		Long accountId = authentication != null && authentication.getPrincipal() instanceof AuditedPrincipal principal
				? principal.getAccountId() : null;
		((org.hibernate.Session) session).doWork(connection -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into audit_event "
					+ "(account_id, account_email, entity, entity_id, operation, field, old_value, new_value) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
				if (accountId == null) {
					insert.setNull(1, Types.BIGINT);
				}
				else {
					insert.setLong(1, accountId);
				}
				insert.setString(2, "anonymousUser".equals(email) ? null : email);
				insert.setString(3, entity);
				insert.setLong(4, ((Number) id).longValue());
				insert.setString(5, operation);
				insert.setString(6, field);
				insert.setString(7, oldValue);
				insert.setString(8, newValue);
				insert.executeUpdate();
			}
		});
	}

}
