package org.wsoatracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions in PostgreSQL, written back only when something in them changed: a request that only reads its session
 * (nearly every page) writes nothing, rather than its time of last access. That time is written when it has moved
 * on by more than {@link #ACCESS_PRECISION}, so a session idle for its whole timeout may end up to that much sooner.
 * It stands in for the repository Spring Boot sets up ({@link SecurityConfiguration#sparingSessions}).
 */
class SparingSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<SparingSessionRepository.SparingSession<S>>, DisposableBean {

	/** How far the stored time of last access may lag behind the real one. */
	static final Duration ACCESS_PRECISION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<S> sessions;

	SparingSessionRepository(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public void destroy() throws Exception {
		if (this.sessions instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	@Override
	public SparingSession<S> createSession() {
		return new SparingSession<>(this.sessions.createSession(), true);
	}

	@Override
	public void save(SparingSession<S> session) {
		if (session.mustBeSaved()) {
			this.sessions.save(session.stored);
			session.saved();
		}
	}

	@Override
	public SparingSession<S> findById(String id) {
		S stored = this.sessions.findById(id);
		return stored == null ? null : new SparingSession<>(stored, false);
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, SparingSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> new SparingSession<>(entry.getValue(), false)));
	}

	/**
	 * A stored session that knows whether anything but its time of last access changed since it was read.
	 */
	static final class SparingSession<S extends Session> implements Session {

		private final S stored;

		private boolean isNew;

		private boolean changed;

		private Instant savedAccess;

		SparingSession(S stored, boolean isNew) {
			this.stored = stored;
			this.isNew = isNew;
			this.savedAccess = stored.getLastAccessedTime();
		}

		boolean mustBeSaved() {
			return this.isNew || this.changed
					|| Duration.between(this.savedAccess, this.stored.getLastAccessedTime()).compareTo(ACCESS_PRECISION) >= 0;
		}

		void saved() {
			this.isNew = false;
			this.changed = false;
			this.savedAccess = this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			this.stored.setLastAccessedTime(lastAccessedTime);
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
