package org.nextsteps.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A username that may not sign in until {@code lockedUntil}. */
@Entity
@Table(name = "login_lock")
class LoginLock {

	@Id
	@Column(length = 100)
	private String username;

	@Column(name = "locked_until", nullable = false)
	private Instant lockedUntil;

	protected LoginLock() {
	}

	LoginLock(String username, Instant lockedUntil) {
		this.username = username;
		this.lockedUntil = lockedUntil;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

}
