package org.nextsteps.account;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused for now: {@link #reason()} says why, {@link #until()} till when the
 * next try must wait.
 */
class SignInWaitException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final SignInThrottle.Reason reason;

	private final Instant until;

	SignInWaitException(SignInThrottle.Reason reason, Instant until) {
		super("Sign-in waits after too many wrong passwords or attempts");
		this.reason = reason;
		this.until = until;
	}

	SignInThrottle.Reason reason() {
		return reason;
	}

	Instant until() {
		return until;
	}

}
