package org.nextsteps.account;

import java.time.Instant;
import java.util.Optional;

/**
 * What a staff request checks against its session: one indexed row of {@code staff_user},
 * nothing else.
 */
record AccountStanding(boolean enabled, Role role, Instant sessionsValidAfter) {

	/**
	 * Why a session of this account that signed in as {@code signedIn} must end (for the
	 * log); empty when it may go on.
	 */
	Optional<String> endsSessionOf(StaffPrincipal signedIn) {
		if (!enabled) {
			return Optional.of("account switched off");
		}
		if (sessionsValidAfter.isAfter(signedIn.sessionsValidAfter())) {
			return Optional.of("signed in before the account's sessions were ended");
		}
		if (role != signedIn.role()) {
			return Optional.of("role changed");
		}
		return Optional.empty();
	}

}
