package org.nextsteps.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing without letting anyone lock an account: every attempt is
 * counted in the database before its password is checked, as a wrong password until it
 * turns out right, so parallel requests on any number of instances cannot get more checks
 * than the limits allow.
 * <ul>
 * <li>A username (as typed, known or not, so a wait tells nobody which accounts exist)
 * gets {@link SignInLimits#accountFailures()} wrong passwords; then each further try
 * waits, twice as long after each further wrong one, up to a cap. The same count is kept
 * per username and address: from an address the account signed in from before, only that
 * count applies, so someone guessing from elsewhere cannot keep its owner out.</li>
 * <li>An address gets {@link SignInLimits#sourceFailures()} wrong passwords over all
 * usernames (password spraying), then waits the same way.</li>
 * <li>The whole site checks at most {@link SignInLimits#checksPerMinute()} passwords a
 * minute.</li>
 * </ul>
 * A refused attempt is not counted against anyone. Every change first locks the single
 * row of {@code sign_in_rate} ({@code select ... for update}, which H2 and PostgreSQL
 * both honour), so the bookkeeping of all instances runs one at a time: no duplicate
 * keys, no lost counts, no deadlocks. It is a few short statements, never the password
 * check itself. Times are passed in, so tests can move the clock.
 */
@Service
class SignInThrottle {

	/** Why an attempt has to wait. */
	enum Reason {

		/** Too many wrong passwords for this username. */
		ACCOUNT,
		/** Too many wrong passwords from this address. */
		SOURCE,
		/** Too many password checks on the whole site this minute. */
		SITE;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One attempt. Refused: {@code waitReason} and {@code waitUntil} say why and till
	 * when; its password must not be checked. Allowed: it already counts as a wrong
	 * password, and {@code waitReason} / {@code waitUntil}, when set, say how long the
	 * next try waits should this one be wrong.
	 */
	record Attempt(boolean allowed, String username, String source, Reason waitReason, Instant waitUntil) {

		static Attempt refused(String username, String source, Reason reason, Instant until) {
			return new Attempt(false, username, source, reason, until);
		}

	}

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private static final String USER = "user:";

	private static final String SOURCE = "source:";

	private static final String PAIR = "pair:";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SignInLimits limits;

	SignInThrottle(DataSource dataSource, PlatformTransactionManager transactionManager, SignInLimits limits) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(transactionManager);
		this.limits = limits;
	}

	/**
	 * Counts an attempt before its password is checked, or refuses it (then nothing is
	 * counted against anyone).
	 */
	Attempt begin(String username, String source, Instant at) {
		Instant now = stored(at);
		return locked(() -> {
			Window window = currentWindow(now);
			String pairKey = pair(username, source);
			Map<String, Counter> counters = load(List.of(USER + username, SOURCE + source, pairKey), now);
			Counter user = counters.get(USER + username);
			Counter address = counters.get(SOURCE + source);
			Counter pair = counters.get(pairKey);
			// from an address it signed in from before, an account is judged by what
			// happened there only
			Counter account = pair.trusted(now) ? pair : user;
			if (address.blocked(now)) {
				return Attempt.refused(username, source, Reason.SOURCE, address.blockedUntil);
			}
			if (account.blocked(now)) {
				return Attempt.refused(username, source, Reason.ACCOUNT, account.blockedUntil);
			}
			if (window.attempts >= limits.checksPerMinute()) {
				return Attempt.refused(username, source, Reason.SITE, window.start.plus(WINDOW));
			}
			jdbc.sql("update sign_in_rate set attempts = attempts + 1 where id = 1").update();
			user.fail(now, accountWait(user.failures + 1));
			pair.fail(now, accountWait(pair.failures + 1));
			address.fail(now, sourceWait(address.failures + 1));
			counters.values().forEach(this::save);
			if (address.blocked(now)) {
				return new Attempt(true, username, source, Reason.SOURCE, address.blockedUntil);
			}
			return account.blocked(now) ? new Attempt(true, username, source, Reason.ACCOUNT, account.blockedUntil)
					: new Attempt(true, username, source, null, null);
		});
	}

	/**
	 * The password was right: the username's wrong passwords are cleared (from
	 * everywhere), the address is trusted for this account from now on, and the attempt
	 * no longer counts against the address.
	 */
	void succeeded(Attempt attempt, Instant at) {
		Instant now = stored(at);
		locked(() -> {
			String userKey = USER + attempt.username();
			String sourceKey = SOURCE + attempt.source();
			String pairKey = pair(attempt.username(), attempt.source());
			Map<String, Counter> counters = load(List.of(userKey, sourceKey, pairKey), now);
			counters.get(userKey).clear();
			Counter pair = counters.get(pairKey);
			pair.clear();
			pair.trustedUntil = now.plus(limits.trustSourceFor());
			Counter address = counters.get(sourceKey);
			address.failures = Math.max(0, address.failures - 1);
			if (sourceWait(address.failures).isZero()) {
				address.blockedUntil = null;
			}
			counters.values().forEach(this::save);
			return null;
		});
	}

	/**
	 * An administrator lifts every wait of a username (from all addresses); trusted
	 * addresses stay trusted.
	 */
	void unlock(String username) {
		locked(() -> jdbc
			.sql("update sign_in_backoff set failures = 0, blocked_until = null where username = :username")
			.param("username", username)
			.update());
	}

	/**
	 * Till when tries of this username from an address it has not signed in from must
	 * wait.
	 */
	Optional<Instant> waitUntil(String username, Instant at) {
		return jdbc.sql("select blocked_until from sign_in_backoff where backoff_key = :key and blocked_until > :now")
			.param("key", USER + username)
			.param("now", time(stored(at)))
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	/** Every username whose tries wait now, with till when. */
	Map<String, Instant> waits(Instant at) {
		Map<String, Instant> waits = new LinkedHashMap<>();
		jdbc.sql("select username, blocked_until from sign_in_backoff where backoff_key like 'user:%' "
				+ "and blocked_until > :now order by username")
			.param("now", time(stored(at)))
			.query((rs, row) -> waits.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
		return waits;
	}

	/**
	 * The address that counts for a client: as given, but an IPv6 address stands for its
	 * /64 (one subscriber).
	 */
	static String sourceOf(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		String address = remoteAddress.strip();
		if (address.indexOf(':') >= 0) {
			try {
				// a literal with a colon is parsed, never looked up
				byte[] bytes = InetAddress.getByName(address).getAddress();
				if (bytes.length == 16) {
					StringBuilder prefix = new StringBuilder();
					for (int i = 0; i < 8; i += 2) {
						prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
							.append(':');
					}
					return prefix.append(":/64").toString();
				}
			}
			catch (UnknownHostException notAnAddress) {
				// kept as given
			}
		}
		// whatever a proxy passed on: only the characters of an address, never the key's
		// separator
		String clean = address.replaceAll("[^0-9A-Za-z.:%_-]", "_");
		return clean.length() > 45 ? clean.substring(0, 45) : clean;
	}

	private Duration accountWait(int failures) {
		return SignInLimits.backOff(failures, limits.accountFailures(), limits.firstWait(), limits.accountMaxWait());
	}

	private Duration sourceWait(int failures) {
		return SignInLimits.backOff(failures, limits.sourceFailures(), limits.firstWait(), limits.sourceMaxWait());
	}

	private static String pair(String username, String source) {
		return PAIR + username + "|" + source;
	}

	/**
	 * Runs {@code work} in a transaction that first takes the lock every change of the
	 * sign-in counters takes.
	 */
	private <T> T locked(Supplier<T> work) {
		return transactions.execute(status -> {
			jdbc.sql("select id from sign_in_rate where id = 1 for update").query(Integer.class).single();
			return work.get();
		});
	}

	/**
	 * This minute's count of password checks; a new minute starts a new count and clears
	 * out forgotten rows.
	 */
	private Window currentWindow(Instant now) {
		Window window = jdbc.sql("select window_start, attempts from sign_in_rate where id = 1")
			.query((rs, row) -> new Window(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2)))
			.single();
		if (!now.isBefore(window.start) && now.isBefore(window.start.plus(WINDOW))) {
			return window;
		}
		jdbc.sql("delete from sign_in_backoff where (last_failure is null or last_failure < :forgotten) "
				+ "and (blocked_until is null or blocked_until <= :now) and (trusted_until is null or trusted_until <= :now)")
			.param("forgotten", time(now.minus(limits.forgetAfter())))
			.param("now", time(now))
			.update();
		jdbc.sql("update sign_in_rate set window_start = :now, attempts = 0 where id = 1")
			.param("now", time(now))
			.update();
		return new Window(now, 0);
	}

	private Map<String, Counter> load(List<String> keys, Instant now) {
		Map<String, Counter> counters = new HashMap<>();
		jdbc.sql("select backoff_key, username, failures, last_failure, blocked_until, trusted_until "
				+ "from sign_in_backoff where backoff_key in (:keys)")
			.param("keys", keys)
			.query((rs, row) -> {
				Counter counter = new Counter(rs.getString(1), rs.getString(2), true);
				counter.failures = rs.getInt(3);
				counter.lastFailure = instant(rs.getObject(4, OffsetDateTime.class));
				counter.blockedUntil = instant(rs.getObject(5, OffsetDateTime.class));
				counter.trustedUntil = instant(rs.getObject(6, OffsetDateTime.class));
				return counters.put(counter.key, counter);
			})
			.list();
		for (String key : keys) {
			counters.computeIfAbsent(key, k -> new Counter(k, usernameOf(k), false));
		}
		Instant forgotten = now.minus(limits.forgetAfter());
		counters.values().forEach(counter -> counter.forgetBefore(forgotten, now));
		return counters;
	}

	private static String usernameOf(String key) {
		if (key.startsWith(USER)) {
			return key.substring(USER.length());
		}
		if (key.startsWith(PAIR)) {
			return key.substring(PAIR.length(), key.lastIndexOf('|'));
		}
		return null;
	}

	private void save(Counter counter) {
		String sql = counter.stored
				? "update sign_in_backoff set failures = :failures, last_failure = :lastFailure, "
						+ "blocked_until = :blockedUntil, trusted_until = :trustedUntil where backoff_key = :key"
				: "insert into sign_in_backoff (backoff_key, username, failures, last_failure, blocked_until, trusted_until) "
						+ "values (:key, :username, :failures, :lastFailure, :blockedUntil, :trustedUntil)";
		jdbc.sql(sql)
			.param("key", counter.key)
			.param("username", counter.username)
			.param("failures", counter.failures)
			.param("lastFailure", time(counter.lastFailure))
			.param("blockedUntil", time(counter.blockedUntil))
			.param("trustedUntil", time(counter.trustedUntil))
			.update();
		counter.stored = true;
	}

	/**
	 * Both databases keep microseconds at most: compare what was stored with times cut
	 * the same way.
	 */
	private static Instant stored(Instant time) {
		return time.truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	private record Window(Instant start, int attempts) {
	}

	/**
	 * One row of {@code sign_in_backoff}, changed in memory and written back under the
	 * lock.
	 */
	private static final class Counter {

		final String key;

		final String username;

		boolean stored;

		int failures;

		Instant lastFailure;

		Instant blockedUntil;

		Instant trustedUntil;

		Counter(String key, String username, boolean stored) {
			this.key = key;
			this.username = username;
			this.stored = stored;
		}

		boolean blocked(Instant now) {
			return blockedUntil != null && blockedUntil.isAfter(now);
		}

		boolean trusted(Instant now) {
			return trustedUntil != null && trustedUntil.isAfter(now);
		}

		void fail(Instant now, Duration wait) {
			failures++;
			lastFailure = now;
			blockedUntil = wait.isZero() ? null : now.plus(wait);
		}

		void clear() {
			failures = 0;
			lastFailure = null;
			blockedUntil = null;
		}

		/** Wrong passwords long ago no longer count (a wait never outlasts them). */
		void forgetBefore(Instant forgotten, Instant now) {
			if (lastFailure != null && lastFailure.isBefore(forgotten) && !blocked(now)) {
				clear();
			}
		}

	}

}
