package org.wsoatracker.security;

import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.wsoatracker.people.AccountAccessChanged;
import org.wsoatracker.people.LocalAreasOfAccountChanged;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When what an account may do changes (disabled, a new role, a new password), every session signed in with it ends
 * at once, found by the principal name that Spring Session indexes; only the session of the person who made the
 * change, when it is their own account, goes on.
 */
@Component
class SessionsOfAccounts {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionsOfAccounts(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void accessChanged(AccountAccessChanged event) {
		String keep = ownSessionId(event.email());
		Set<String> ids = this.sessions.findByPrincipalName(event.email()).keySet();
		ids.stream().filter(id -> !id.equals(keep)).forEach(this.sessions::deleteById);
	}

	/**
	 * Every session signed in with the account reads its local areas again on its next request
	 * ({@link LocalAreasFilter}).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void localAreasChanged(LocalAreasOfAccountChanged event) {
		markForRefresh(this.sessions, event.email());
	}

	private static <S extends Session> void markForRefresh(FindByIndexNameSessionRepository<S> sessions,
			String email) {
		for (String id : sessions.findByPrincipalName(email).keySet()) {
			S session = sessions.findById(id);
			if (session != null) {
				session.setAttribute(LocalAreasFilter.REFRESH, Boolean.TRUE);
				sessions.save(session);
			}
		}
	}

	/**
	 * The id of the session serving this request, if it is signed in with the account that changed.
	 */
	private static String ownSessionId(String email) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !email.equalsIgnoreCase(current.getName())
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return null;
		}
		HttpSession session = attributes.getRequest().getSession(false);
		return session == null ? null : session.getId();
	}

}
