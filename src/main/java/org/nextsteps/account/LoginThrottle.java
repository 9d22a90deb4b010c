package org.nextsteps.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: {@value #MAX_FAILURES} wrong passwords for one username within {@link #WINDOW} lock that
 * username for {@link #LOCK}. Counted per username as typed, whether or not an account has it, so a lock tells
 * nobody which usernames exist. While locked, passwords are not even checked. Times are passed in, so tests can
 * move the clock.
 */
@Service
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final LoginFailureRepository failures;

	private final LoginLockRepository locks;

	LoginThrottle(LoginFailureRepository failures, LoginLockRepository locks) {
		this.failures = failures;
		this.locks = locks;
	}

	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String username, Instant at) {
		Instant now = stored(at);
		return locks.findById(username).map(LoginLock::lockedUntil).filter(until -> until.isAfter(now));
	}

	/** Records a wrong password; returns the end of the lock when this one locked the username. */
	@Transactional
	Optional<Instant> failed(String username, Instant at) {
		Instant now = stored(at);
		failures.deleteOlderThan(now.minus(WINDOW));
		locks.deleteEnded(now);
		failures.save(new LoginFailure(username, now));
		if (failures.countByUsernameAndFailedAtAfter(username, now.minus(WINDOW)) < MAX_FAILURES) {
			return Optional.empty();
		}
		Instant until = now.plus(LOCK);
		locks.deleteByUsername(username);
		locks.save(new LoginLock(username, until));
		// the lock starts a fresh count: once it ends, the username has its five tries again
		failures.deleteByUsername(username);
		return Optional.of(until);
	}

	@Transactional
	void succeeded(String username) {
		failures.deleteByUsername(username);
	}

	/** Databases keep microseconds at most: compare what was stored with times cut the same way. */
	private static Instant stored(Instant time) {
		return time.truncatedTo(ChronoUnit.MILLIS);
	}

	/** An administrator lifts a lock before it ends. */
	@Transactional
	void unlock(String username) {
		locks.deleteByUsername(username);
		failures.deleteByUsername(username);
	}

}
