package org.nextsteps.account;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.StaffSession;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in limits of issue 18: attempts counted in the database before the password is
 * checked, so that parallel requests get no 5xx and no extra guesses; a growing wait per
 * username and per address instead of a lock that anyone can set off; an address the
 * account signed in from before is not kept out by guesses from elsewhere; a site-wide
 * rate; an administrator lifts a wait. Each test uses its own usernames and addresses.
 */
@SlowSuite
class SignInLimitsTests extends WebTestSupport {

	private static final Instant LONG_AGO = Instant.parse("2020-03-02T10:00:00Z");

	@Autowired
	Accounts accounts;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	/** What the sign-in page said after one attempt. */
	enum Outcome {

		SIGNED_IN, WRONG, WAIT, SERVER_ERROR, OTHER

	}

	@Test
	void fortyParallelWrongPasswordsFromFourAddressesGetNo5xxAndOnlyFiveChecks() throws Exception {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		List<String> addresses = fourAddresses();
		List<Outcome> outcomes = inParallel(40, i -> new Try(username, "wrong-password-" + i, addresses.get(i % 4)));
		Map<Outcome, Long> counts = count(outcomes);
		assertThat(counts).doesNotContainKeys(Outcome.SERVER_ERROR, Outcome.OTHER, Outcome.SIGNED_IN);
		// five passwords were checked: four said "not right", the fifth already says to
		// wait, like the other 35
		assertThat(failures("user:" + username)).isEqualTo(5);
		assertThat(counts).containsEntry(Outcome.WRONG, 4L).containsEntry(Outcome.WAIT, 36L);
	}

	@Test
	void theRightPasswordNeverGetsInWhileTheUsernameWaitsEvenInAParallelBurst() throws Exception {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		StaffSession guesser = StaffSession.anonymous(baseUrl());
		for (int i = 0; i < 5; i++) {
			guesser.login(username, "wrong-" + i);
		}
		List<String> addresses = fourAddresses();
		List<Outcome> outcomes = inParallel(40,
				i -> new Try(username, i % 2 == 0 ? StaffSession.PASSWORD : "wrong-again-" + i, addresses.get(i % 4)));
		assertThat(outcomes).hasSize(40).containsOnly(Outcome.WAIT);
		assertThat(failures("user:" + username)).isEqualTo(5);
		// an administrator lifts the wait: then the right password gets in
		StaffSession admin = StaffSession.signIn(baseUrl(), "admin", "test-admin-password-1");
		assertThat(admin.get("/editor/users").body()).contains("Sign-in waits until");
		assertThat(admin.get("/editor/users/" + username).body()).contains("Lift the wait now");
		assertThat(admin.post("/editor/users/" + username + "/unlock").statusCode()).isEqualTo(302);
		assertThat(accounts.waitUntil(username)).isEmpty();
		assertThat(attempt(new Try(username, StaffSession.PASSWORD, StaffSession.nextAddress())))
			.isEqualTo(Outcome.SIGNED_IN);
	}

	@Test
	void fortyParallelMixedSignInsGetNo5xx() throws Exception {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		List<String> addresses = fourAddresses();
		List<Outcome> outcomes = inParallel(40,
				i -> new Try(username, i % 3 == 0 ? StaffSession.PASSWORD : "wrong-" + i, addresses.get(i % 4)));
		assertThat(outcomes).hasSize(40).doesNotContain(Outcome.SERVER_ERROR, Outcome.OTHER);
	}

	@Test
	void guessesFromElsewhereDoNotKeepTheOwnerOutOfAnAddressTheyUsedBefore() {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		String home = StaffSession.nextAddress();
		assertThat(attempt(new Try(username, StaffSession.PASSWORD, home))).isEqualTo(Outcome.SIGNED_IN);
		for (int i = 0; i < 8; i++) {
			attempt(new Try(username, "guess-" + i, StaffSession.nextAddress()));
		}
		assertThat(accounts.waitUntil(username)).isPresent();
		assertThat(attempt(new Try(username, StaffSession.PASSWORD, StaffSession.nextAddress())))
			.as("from an address it never signed in from, the username waits")
			.isEqualTo(Outcome.WAIT);
		assertThat(attempt(new Try(username, StaffSession.PASSWORD, home))).as("from its own address, it gets in")
			.isEqualTo(Outcome.SIGNED_IN);
		// but its own address has its own five tries and then waits too
		for (int i = 0; i < 5; i++) {
			attempt(new Try(username, "typo-" + i, home));
		}
		assertThat(attempt(new Try(username, StaffSession.PASSWORD, home))).isEqualTo(Outcome.WAIT);
	}

	@Test
	void oneAddressTryingManyUsernamesWaitsAfterTenWrongPasswords() {
		String sprayer = StaffSession.nextAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(attempt(new Try("sprayed-" + System.nanoTime() + "-" + i, "Summer2026!!", sprayer)))
				.isIn(Outcome.WRONG, Outcome.WAIT);
		}
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		StaffSession session = StaffSession.anonymous(baseUrl()).from(sprayer);
		session.login(username, StaffSession.PASSWORD);
		assertThat(session.get("/login?error").body()).contains("too many wrong passwords from your network");
		// the same person from another address is not held back
		assertThat(attempt(new Try(username, StaffSession.PASSWORD, StaffSession.nextAddress())))
			.isEqualTo(Outcome.SIGNED_IN);
	}

	@Test
	void theWaitDoublesWithEachFurtherWrongPasswordUpToFifteenMinutesAndIsForgottenADayLater() {
		String username = "clock-" + System.nanoTime();
		Instant t = LONG_AGO;
		for (int i = 1; i <= 4; i++) {
			SignInThrottle.Attempt attempt = throttle.begin(username, StaffSession.nextAddress(), t);
			assertThat(attempt.allowed()).isTrue();
			assertThat(attempt.waitUntil()).as("no wait after %d wrong passwords", i).isNull();
		}
		List<Duration> waits = new ArrayList<>();
		for (int i = 5; i <= 10; i++) {
			SignInThrottle.Attempt attempt = throttle.begin(username, StaffSession.nextAddress(), t);
			assertThat(attempt.allowed()).as("try %d, at the end of the wait", i).isTrue();
			assertThat(attempt.waitReason()).isEqualTo(SignInThrottle.Reason.ACCOUNT);
			Duration wait = Duration.between(t, attempt.waitUntil());
			waits.add(wait);
			SignInThrottle.Attempt early = throttle.begin(username, StaffSession.nextAddress(),
					t.plus(wait).minusSeconds(1));
			assertThat(early.allowed()).as("a second before the wait ends").isFalse();
			assertThat(early.waitUntil()).isEqualTo(t.plus(wait));
			t = t.plus(wait);
		}
		assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
		// a day after the last wrong password, the count starts again
		SignInThrottle.Attempt nextDay = throttle.begin(username, StaffSession.nextAddress(),
				t.plus(Duration.ofHours(25)));
		assertThat(nextDay.allowed()).isTrue();
		assertThat(nextDay.waitUntil()).isNull();
	}

	@Test
	void theWholeSiteChecksAtMostSoManyPasswordsAMinute() {
		SignInLimits three = new SignInLimits(5, 10, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1),
				Duration.ofHours(24), Duration.ofDays(90), 3);
		SignInThrottle site = new SignInThrottle(dataSource, transactions, three);
		Instant t = LONG_AGO.plus(Duration.ofDays(30));
		for (int i = 0; i < 3; i++) {
			assertThat(site.begin("rate-" + i + "-" + System.nanoTime(), StaffSession.nextAddress(), t.plusSeconds(i))
				.allowed()).isTrue();
		}
		SignInThrottle.Attempt fourth = site.begin("rate-4-" + System.nanoTime(), StaffSession.nextAddress(),
				t.plusSeconds(10));
		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.waitReason()).isEqualTo(SignInThrottle.Reason.SITE);
		assertThat(fourth.waitUntil()).isEqualTo(t.plus(Duration.ofMinutes(1)));
		assertThat(site.begin("rate-5-" + System.nanoTime(), StaffSession.nextAddress(), t.plus(Duration.ofMinutes(1)))
			.allowed()).as("the next minute").isTrue();
	}

	@Test
	void theSignInPageSaysHowLongToWaitInSecondsOrMinutes() {
		LoginController page = new LoginController(messages, null);
		assertThat(page.waitText(LONG_AGO.plusSeconds(45), LONG_AGO, Locale.ENGLISH)).isEqualTo("45 seconds");
		assertThat(page.waitText(LONG_AGO.plusSeconds(61), LONG_AGO, Locale.ENGLISH)).isEqualTo("2 minutes");
		assertThat(page.waitText(LONG_AGO.plusMillis(200), LONG_AGO, Locale.ENGLISH)).isEqualTo("1 second");
		assertThat(messages.getMessage("login.wait.site.body", new Object[] { "45 seconds" }, Locale.ENGLISH))
			.isEqualTo("Too many people are trying to sign in right now. You can try again in 45 seconds.");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsJustWrongNeverA500() {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		assertThat(attempt(new Try(username, "x".repeat(100), StaffSession.nextAddress()))).isEqualTo(Outcome.WRONG);
		assertThat(attempt(new Try(username, "\u00e9".repeat(60), StaffSession.nextAddress())))
			.isEqualTo(Outcome.WRONG);
		assertThat(attempt(new Try(username, StaffSession.PASSWORD + "x".repeat(80), StaffSession.nextAddress())))
			.as("the right password with more after it")
			.isEqualTo(Outcome.WRONG);
	}

	@Test
	void addressesCountAsGivenAndIpv6ByItsSlash64() {
		assertThat(SignInThrottle.sourceOf("2001:db8:1:2:aaaa::1"))
			.isEqualTo(SignInThrottle.sourceOf("2001:db8:1:2::ffff"))
			.isEqualTo("2001:db8:1:2::/64");
		assertThat(SignInThrottle.sourceOf("198.18.0.1")).isEqualTo("198.18.0.1");
		assertThat(SignInThrottle.sourceOf(null)).isEqualTo("unknown");
		assertThat(SignInThrottle.sourceOf("not|an address")).isEqualTo("not_an_address");
	}

	// --- helpers
	// ------------------------------------------------------------------------------------------------

	record Try(String username, String password, String address) {
	}

	private static List<String> fourAddresses() {
		return List.of(StaffSession.nextAddress(), StaffSession.nextAddress(), StaffSession.nextAddress(),
				StaffSession.nextAddress());
	}

	/**
	 * {@code count} sign-ins at once: each prepares its session, then all post together.
	 */
	private List<Outcome> inParallel(int count, Function<Integer, Try> tries) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch ready = new CountDownLatch(count);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Outcome>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Try one = tries.apply(i);
				futures.add(pool.submit(() -> {
					StaffSession session = StaffSession.anonymous(baseUrl()).from(one.address());
					ready.countDown();
					go.await();
					return outcome(session, session.login(one.username(), one.password()));
				}));
			}
			assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> future : futures) {
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Outcome attempt(Try one) {
		StaffSession session = StaffSession.anonymous(baseUrl()).from(one.address());
		return outcome(session, session.login(one.username(), one.password()));
	}

	private static Outcome outcome(StaffSession session, HttpResponse<String> response) {
		if (response.statusCode() >= 500) {
			return Outcome.SERVER_ERROR;
		}
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() == 302 && location.endsWith("/editor")) {
			return Outcome.SIGNED_IN;
		}
		if (response.statusCode() != 302 || !location.endsWith("/login?error")) {
			return Outcome.OTHER;
		}
		String page = session.get("/login?error").body();
		if (page.contains("Please wait before you try again")) {
			return Outcome.WAIT;
		}
		return page.contains("The username or password is not right") ? Outcome.WRONG : Outcome.OTHER;
	}

	private static Map<Outcome, Long> count(List<Outcome> outcomes) {
		return outcomes.stream().collect(Collectors.groupingBy(o -> o, Collectors.counting()));
	}

	private int failures(String key) {
		return JdbcClient.create(dataSource)
			.sql("select failures from sign_in_backoff where backoff_key = ?")
			.param(key)
			.query(Integer.class)
			.single();
	}

}
