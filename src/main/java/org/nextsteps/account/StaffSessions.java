package org.nextsteps.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Someone who changes their own account (password, role) ends its other sessions but
 * keeps the one they did it in: that session takes the account's new "sessions valid
 * after" time and role, under a new session id. The sessions are Spring Session's, in the
 * shared database: an administrator who resets someone's factors deletes all of that
 * person's sessions at once ({@link #endAll}).
 */
@Component
class StaffSessions {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store;

	StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> store) {
		this.store = store;
	}

	/**
	 * Deletes every stored session of {@code username} (found by the name Spring Session
	 * indexes); returns how many. Without a session store (a test slice), none.
	 */
	int endAll(String username) {
		FindByIndexNameSessionRepository<? extends Session> sessions = store.getIfAvailable();
		return sessions == null ? 0 : endAll(sessions, username);
	}

	private static <S extends Session> int endAll(FindByIndexNameSessionRepository<S> sessions, String username) {
		var found = sessions.findByPrincipalName(username).keySet();
		found.forEach(sessions::deleteById);
		return found.size();
	}

	/**
	 * When {@code account} is the signed-in person's own, this session carries on with it
	 * as it is now.
	 */
	void keepCurrent(StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof StaffPrincipal me)
				|| !me.getUsername().equals(account.username())) {
			return;
		}
		Authentication renewed = current.toBuilder().principal(me.renewed(account)).authorities(authorities -> {
			authorities.removeIf(StaffSessions::isRole);
			authorities.addAll(account.role().authorities());
		}).build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(renewed);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		repository.saveContext(context, request, response);
	}

	private static boolean isRole(GrantedAuthority authority) {
		return authority.getAuthority() != null && authority.getAuthority().startsWith("ROLE_");
	}

}
