package org.wsoatracker.security;

import org.junit.jupiter.api.Test;
import org.wsoatracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Sessions in PostgreSQL: two requests of one session that add the same attribute at the same time both save.
 */
@IntegrationTest
class SessionStoreTests {

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void twoRequestsAddingTheSameAttributeToOneSessionBothSave() {
		bothSave(this.sessions);
	}

	private <S extends Session> void bothSave(SessionRepository<S> sessions) {
		S created = sessions.createSession();
		sessions.save(created);
		S first = sessions.findById(created.getId());
		S second = sessions.findById(created.getId());

		first.setAttribute("token", "from the first request");
		second.setAttribute("token", "from the second request");
		sessions.save(first);
		assertThatNoException().isThrownBy(() -> sessions.save(second));

		assertThat((String) sessions.findById(created.getId()).getAttribute("token"))
			.isEqualTo("from the second request");
	}

}
