package org.nextsteps.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.nextsteps.system.EditableRecord;

/** A staff member who signs in to the editor area. */
@Entity
@Table(name = "staff_user")
class StaffUser extends EditableRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 60)
	private String username;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	/**
	 * Sessions that signed in before this time are ended on their next request (see
	 * {@link StaffSessionFilter}).
	 */
	@Column(name = "sessions_valid_after", nullable = false)
	private Instant sessionsValidAfter;

	protected StaffUser() {
	}

	StaffUser(String username, String displayName, String passwordHash, Role role, String by) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.sessionsValidAfter = now();
		touch(by);
	}

	void update(String displayName, Role role, boolean enabled, String by) {
		this.displayName = displayName;
		this.role = role;
		this.enabled = enabled;
		touch(by);
	}

	void changePassword(String passwordHash, String by) {
		this.passwordHash = passwordHash;
		touch(by);
	}

	/**
	 * Ends every session of this account, on every instance: they signed in before the
	 * new time. Always later than the last one (by a microsecond at least), even when the
	 * clocks of two instances differ.
	 */
	void endSessions() {
		Instant now = now();
		sessionsValidAfter = now.isAfter(sessionsValidAfter) ? now : sessionsValidAfter.plus(1, ChronoUnit.MICROS);
	}

	/** Both databases keep microseconds: a session compares what was stored. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	boolean enabled() {
		return enabled;
	}

	Instant sessionsValidAfter() {
		return sessionsValidAfter;
	}

	StaffAccount toAccount() {
		return new StaffAccount(username, displayName, role, enabled, version(), updatedAt(), updatedBy(),
				sessionsValidAfter);
	}

}
