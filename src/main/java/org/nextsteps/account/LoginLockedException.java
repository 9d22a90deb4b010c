package org.nextsteps.account;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because the username is locked after too many wrong passwords; {@link #until()} says till when. */
class LoginLockedException extends LockedException {

	private static final long serialVersionUID = 1L;

	private final Instant until;

	LoginLockedException(Instant until) {
		super("Locked after too many wrong passwords");
		this.until = until;
	}

	Instant until() {
		return until;
	}

}
