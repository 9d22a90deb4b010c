package org.nextsteps.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One wrong password for a username as typed (normalised). */
@Entity
@Table(name = "login_failure")
class LoginFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 100)
	private String username;

	@Column(name = "failed_at", nullable = false)
	private Instant failedAt;

	protected LoginFailure() {
	}

	LoginFailure(String username, Instant failedAt) {
		this.username = username;
		this.failedAt = failedAt;
	}

}
