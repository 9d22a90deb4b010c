package org.nextsteps.account;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every request of a staff session checks the account in the database (one query by
 * username): a session ends at once when its account was switched off or removed, when
 * its role is no longer the one it signed in with, or when it signed in before the
 * account's "sessions valid after" time (switching off, a new role, a new password). The
 * database is shared, so this holds on every instance. A page request is sent to the
 * sign-in page, which says why; a request for JSON gets 401 with a problem detail. A
 * session also ends, however busy, {@link StaffTimeouts#absoluteTimeout()} after it was
 * made at sign-in (a shared session's creation time, so the same on every instance).
 * Patient requests never pass here (the staff chain only).
 */
class StaffSessionFilter extends OncePerRequestFilter {

	static final String ENDED_URL = "/login?ended";

	static final String EXPIRED_URL = "/login?expired";

	private static final Logger log = LoggerFactory.getLogger(StaffSessionFilter.class);

	private final StaffUserRepository users;

	private final MessageSource messages;

	private final JsonMapper json;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	private final StaffTimeouts timeouts;

	StaffSessionFilter(StaffUserRepository users, MessageSource messages, JsonMapper json, StaffTimeouts timeouts) {
		this.users = users;
		this.messages = messages;
		this.json = json;
		this.timeouts = timeouts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal signedIn) {
			HttpSession session = request.getSession(false);
			if (session != null && Instant.ofEpochMilli(session.getCreationTime())
				.plus(timeouts.absoluteTimeout())
				.isBefore(Instant.now())) {
				log.info("Ended a session of '{}': signed in longer than {}", signedIn.getUsername(),
						timeouts.absoluteTimeout());
				logout.logout(request, response, authentication);
				refuse(request, response, EXPIRED_URL, "login.expired");
				return;
			}
			Optional<String> why = users.standingOf(signedIn.getUsername())
				.map(standing -> standing.endsSessionOf(signedIn))
				.orElse(Optional.of("account no longer exists"));
			if (why.isPresent()) {
				log.info("Ended a session of '{}': {}", signedIn.getUsername(), why.get());
				logout.logout(request, response, authentication);
				refuse(request, response, ENDED_URL, "login.ended");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String url, String message)
			throws IOException {
		if (!wantsJson(request)) {
			response.sendRedirect(request.getContextPath() + url);
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				messages.getMessage(message + ".body", null, LocaleContextHolder.getLocale()));
		problem.setTitle(messages.getMessage(message + ".title", null, LocaleContextHolder.getLocale()));
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

	/** A script or API client (asks for JSON and not for a page). */
	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.contains("text/html")) {
			return false;
		}
		return accept.contains("application/json") || accept.contains("+json");
	}

}
