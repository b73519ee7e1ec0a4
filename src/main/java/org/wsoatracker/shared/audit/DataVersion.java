package org.wsoatracker.shared.audit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.internal.SessionFactoryImpl;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the data: a number in the database that goes up with every transaction that changes an entity,
 * committed with the change. What is worked out from the data may be kept for as long as the version stays the same,
 * on every instance of the application alike. Read the version before the data: then what is kept is never older
 * than the version it is kept for.
 */
@Component
public class DataVersion implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	/** The sessions whose transaction will raise the version when it commits. */
	private final Set<SharedSessionContractImplementor> changing = ConcurrentHashMap.newKeySet();

	DataVersion(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc) {
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
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
		registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
	}

	/**
	 * The version of the data as committed now.
	 */
	public long current() {
		return this.jdbc.queryForObject("select version from data_version", Long.class);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getSession());
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		changed(event);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		changed(event);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		changed(event);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(AbstractCollectionEvent event) {
		changed(event.getSession());
	}

	/**
	 * Raises the version once per transaction, just before it commits: the version's row is then locked only while
	 * the transaction commits, after every other lock it takes.
	 */
	private void changed(SharedSessionContractImplementor session) {
		if (this.changing.add(session)) {
			TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
			callbacks.registerCallback((BeforeCompletionCallback) s -> s.doWork(connection -> {
				try (var raise = connection.prepareStatement("update data_version set version = version + 1")) {
					raise.executeUpdate();
				}
			}));
			callbacks.registerCallback((AfterCompletionCallback) (success, s) -> this.changing.remove(session));
		}
	}

}
