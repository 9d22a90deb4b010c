package org.nextsteps.release;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nextsteps.NextStepsApplication;
import org.nextsteps.SlowSuite;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Accounts;
import org.nextsteps.account.Role;
import org.nextsteps.account.StaffAccount;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The same migrations, the same release cycle and the same staff sessions and sign-in
 * limits on a real PostgreSQL. Runs when {@code NEXTSTEPS_TEST_POSTGRES_URL} names a
 * database (as .ci/run does); skipped, with the reason, elsewhere.
 */
@SlowSuite
class PostgresIntegrationTests {

	static final String URL = System.getenv("NEXTSTEPS_TEST_POSTGRES_URL");

	static final String USER = System.getenv().getOrDefault("NEXTSTEPS_TEST_POSTGRES_USER", "nextsteps");

	static final String PASSWORD = System.getenv().getOrDefault("NEXTSTEPS_TEST_POSTGRES_PASSWORD", "nextsteps");

	private static final Pattern RELEASE = Pattern.compile("\"release\":\"?(\\d+)");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void requirePostgres() throws SQLException {
		assumeTrue(URL != null && !URL.isBlank(),
				"NEXTSTEPS_TEST_POSTGRES_URL is not set: PostgreSQL integration test skipped (.ci/run sets it)");
		resetSchema();
	}

	@Test
	void migratesSeedsAndPublishesOnPostgres() throws SQLException {
		long published;
		try (ConfigurableApplicationContext app = start()) {
			Releases releases = app.getBean(Releases.class);
			assertThat(releases.current().id()).isEqualTo(1);
			assertThat(releases.current().options()).hasSizeGreaterThanOrEqualTo(32);
			published = TestReleases.publishDraft(releases, "tester", "published on PostgreSQL").id();
		}
		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(Releases.class).current().id()).isEqualTo(published);
		}
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from flyway_schema_history where success")) {
			rows.next();
			assertThat(rows.getInt(1)).isPositive();
		}
		System.out.println("PostgreSQL integration test ran against " + URL);
	}

	/**
	 * Two instances, each in its own JVM as in production, started together on an empty
	 * database: both come up (one seeds release 1, the other uses it), and a publish on
	 * one is in force on the other within 5 seconds.
	 */
	@Test
	void aPublishOnOneInstanceReachesTheOther(@TempDir Path logs) throws Exception {
		resetSchema();
		int port = freePort();
		Path log = logs.resolve("other-instance.log");
		Process other = startOther(port, log);
		try (ConfigurableApplicationContext first = start()) {
			awaitHealthy(port, other, log);
			assertThat(releaseServedBy(port)).as("the other instance serves release 1 too").isEqualTo(1);
			long published = TestReleases
				.publishDraft(first.getBean(Releases.class), "tester", "published on the first instance")
				.id();
			await().atMost(Duration.ofSeconds(5))
				.pollInterval(Duration.ofMillis(100))
				.untilAsserted(() -> assertThat(releaseServedBy(port))
					.as("release served by the other instance, 5 s after the publish")
					.isEqualTo(published));
		}
		finally {
			stop(other);
		}
	}

	/**
	 * Revoked rights and sign-in limits hold across instances, as they live in the shared
	 * database: an account switched off on one instance loses its live session on the
	 * other at its next request, and 40 wrong passwords sent at once to both instances
	 * get exactly five password checks and no 5xx.
	 */
	@Test
	void aSwitchedOffAccountsSessionEndsOnTheOtherInstanceAndSignInLimitsAreShared(@TempDir Path logs)
			throws Exception {
		resetSchema();
		int port = freePort();
		Path log = logs.resolve("other-instance.log");
		Process other = startOther(port, log);
		try (ConfigurableApplicationContext first = start()) {
			awaitHealthy(port, other, log);
			String otherUrl = "http://127.0.0.1:" + port;
			String firstUrl = "http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port");
			Accounts accounts = first.getBean(Accounts.class);

			String editor = StaffSession.newUser(accounts, Role.EDITOR);
			StaffSession there = StaffSession.signIn(otherUrl, editor, StaffSession.PASSWORD);
			assertThat(there.get("/editor").statusCode()).isEqualTo(200);
			StaffAccount account = accounts.find(editor).orElseThrow();
			accounts.update(editor, account.displayName(), account.role(), false, account.version(), "tester");
			HttpResponse<String> next = there.get("/editor");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(next.headers().firstValue("Location")).as("switched off on the first instance")
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));

			String target = StaffSession.newUser(accounts, Role.EDITOR);
			List<StaffSession> sessions = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				sessions.add(StaffSession.anonymous(i % 2 == 0 ? firstUrl : otherUrl));
			}
			ExecutorService pool = Executors.newFixedThreadPool(40);
			try {
				CountDownLatch go = new CountDownLatch(1);
				List<Future<Integer>> statuses = new ArrayList<>();
				for (int i = 0; i < 40; i++) {
					StaffSession session = sessions.get(i);
					String password = "wrong-password-" + i;
					statuses.add(pool.submit(() -> {
						go.await();
						return session.login(target, password).statusCode();
					}));
				}
				go.countDown();
				for (Future<Integer> status : statuses) {
					assertThat(status.get(120, TimeUnit.SECONDS)).isEqualTo(302);
				}
			}
			finally {
				pool.shutdownNow();
			}
			try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"select failures from sign_in_backoff where backoff_key = 'user:" + target + "'")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getInt(1)).as("passwords checked over both instances").isEqualTo(5);
			}
		}
		finally {
			stop(other);
		}
	}

	/**
	 * Staff sessions are kept in the database (Spring Session JDBC): a session signed in
	 * on one instance is accepted on the other, the passkey step of a sign-in begun on
	 * one can finish on the other, and signing out on one ends the session on both.
	 */
	@Test
	void aStaffSessionMadeOnOneInstanceIsAcceptedOnTheOther(@TempDir Path logs) throws Exception {
		resetSchema();
		int port = freePort();
		Path log = logs.resolve("other-instance.log");
		Process other = startOther(port, log);
		try (ConfigurableApplicationContext first = start()) {
			awaitHealthy(port, other, log);
			String otherUrl = "http://127.0.0.1:" + port;
			String firstUrl = "http://127.0.0.1:" + first.getEnvironment().getProperty("local.server.port");
			Accounts accounts = first.getBean(Accounts.class);
			String editor = StaffSession.newUser(accounts, Role.EDITOR);

			StaffSession here = StaffSession.signIn(firstUrl, editor, StaffSession.PASSWORD);
			StaffSession there = here.at(otherUrl);
			HttpResponse<String> page = there.get("/editor/options");
			assertThat(page.statusCode()).as("the first instance's session on the other").isEqualTo(200);
			assertThat(page.body()).contains("Test editor");

			StaffSession passwordHere = StaffSession.signInWithPasswordOnly(firstUrl, editor, StaffSession.PASSWORD);
			StaffSession passkeyThere = passwordHere.at(otherUrl);
			assertThat(passkeyThere.get("/editor").statusCode()).as("a password alone, on the other instance")
				.isEqualTo(302);
			passkeyThere.completeWithPasskey();
			assertThat(passwordHere.get("/editor").statusCode()).as("both factors, back on the first").isEqualTo(200);

			there.post("/logout");
			HttpResponse<String> after = here.get("/editor");
			assertThat(after.statusCode()).as("signed out on the other instance").isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
		finally {
			stop(other);
		}
	}

	private static Process startOther(int port, Path log) throws IOException {
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
				"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				NextStepsApplication.class.getName(), "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
				"--spring.datasource.password=" + PASSWORD, "--server.port=" + port, "--server.address=127.0.0.1",
				"--nextsteps.release-poll-interval=500ms")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private static void stop(Process other) throws InterruptedException {
		other.destroy();
		if (!other.waitFor(30, TimeUnit.SECONDS)) {
			other.destroyForcibly();
		}
	}

	/**
	 * Releases are insert-only on PostgreSQL too: 8 publishes and roll-backs at once each
	 * get their own number (a lost race is tried again, or reported), no published row
	 * changes, and the database refuses UPDATE, DELETE and TRUNCATE of the table.
	 */
	@Test
	void releasesAreInsertOnlyOnPostgres() throws Exception {
		resetSchema();
		try (ConfigurableApplicationContext app = start()) {
			Releases releases = app.getBean(Releases.class);
			TestReleases.publishDraft(releases, "tester", "release 2");
			List<String> before = rows();
			int published = ReleaseRaces.publishAndRollBackAtOnce(releases, 8, 180).size();
			List<String> after = rows();
			assertThat(after.subList(0, before.size())).as("published rows, unchanged").isEqualTo(before);
			assertThat(after).hasSize(before.size() + published);
			assertThat(published).isPositive();
			assertThat(releases.current().id()).isEqualTo(before.size() + published);
			for (String refused : List.of("update content_release set note = 'changed' where id = 1",
					"delete from content_release where id = 1", "truncate content_release")) {
				try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
						Statement statement = connection.createStatement()) {
					assertThatExceptionOfType(SQLException.class).as(refused)
						.isThrownBy(() -> statement.execute(refused))
						.withMessageContaining("insert-only");
				}
			}
			assertThat(rows()).hasSize((int) releases.current().id());
		}
	}

	/** Every release row as text (its snapshot as a hash), in order. */
	private static List<String> rows() throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select id, published_at, published_by, note, checksum, "
						+ "md5(snapshot) from content_release order by id")) {
			while (rs.next()) {
				rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
						+ rs.getString(5) + "|" + rs.getString(6));
			}
		}
		return rows;
	}

	private static void resetSchema() throws SQLException {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists public cascade");
			statement.execute("create schema public");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void awaitHealthy(int port, Process instance, Path log) throws Exception {
		try {
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!instance.isAlive()) {
					throw new AssertionError("The other instance stopped:\n" + Files.readString(log));
				}
				try {
					return get(port, "/actuator/health").statusCode() == 200;
				}
				catch (IOException notListeningYet) {
					return false; // still starting
				}
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("The other instance did not start within 180 s:\n" + Files.readString(log), ex);
		}
	}

	/** The release an instance serves, from its JSON API. */
	private static long releaseServedBy(int port) throws Exception {
		HttpResponse<String> response = get(port, "/api/v1/options");
		assertThat(response.statusCode()).isEqualTo(200);
		Matcher release = RELEASE.matcher(response.body());
		assertThat(release.find()).as("release in %s", response.body()).isTrue();
		return Long.parseLong(release.group(1));
	}

	private static HttpResponse<String> get(int port, String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(10))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(NextStepsApplication.class).profiles("postgres")
			.run("--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER,
					"--spring.datasource.password=" + PASSWORD, "--server.port=0", "--server.address=127.0.0.1",
					"--nextsteps.release-poll-interval=500ms");
	}

}
