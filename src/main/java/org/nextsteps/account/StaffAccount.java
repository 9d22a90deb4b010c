package org.nextsteps.account;

import java.time.Instant;

/**
 * A staff account as pages show it: never the password hash. {@code sessionsValidAfter}:
 * sessions that signed in before it have ended.
 */
public record StaffAccount(String username, String displayName, Role role, boolean enabled, int version,
		Instant updatedAt, String updatedBy, Instant sessionsValidAfter) {
}
