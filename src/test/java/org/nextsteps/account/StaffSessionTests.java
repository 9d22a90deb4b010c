package org.nextsteps.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.nextsteps.SlowSuite;
import org.nextsteps.StaffSession;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revoked rights end at once (issue 18): every staff request checks its session against
 * the account, so switching an account off, a new role or a new password ends its other
 * sessions on their next request; the person who changed their own password keeps the
 * session they did it in; concurrent saves of a user give the conflict page.
 */
@SlowSuite
class StaffSessionTests extends WebTestSupport {

	private static final String ADMIN_PASSWORD = "test-admin-password-1";

	@Autowired
	Accounts accounts;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	DataSource dataSource;

	@Test
	void aSwitchedOffAccountsLiveSessionIsRefusedOnItsNextRequest() {
		StaffSession editor = signIn(Role.EDITOR);
		StaffSession script = signIn(editor.username());
		assertThat(editor.get("/editor").statusCode()).isEqualTo(200);
		StaffAccount account = accounts.find(editor.username()).orElseThrow();
		accounts.update(account.username(), account.displayName(), account.role(), false, account.version(), "tester");

		HttpResponse<String> next = editor.get("/editor/options");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		assertThat(editor.get("/login?ended").body()).contains("Your session has ended")
			.contains("Sign in again to go on");
		// the session is gone, not just this request: the next one is simply not signed
		// in
		assertThat(editor.get("/editor").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		// a script asking for JSON gets 401 with a problem detail
		HttpResponse<String> json = script.get("/editor", "application/json");
		assertThat(json.statusCode()).isEqualTo(401);
		assertThat(json.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(json.body()).contains("\"status\":401")
			.contains("Your session has ended")
			.doesNotContain("Exception");
		// and it cannot sign in again
		assertThat(StaffSession.anonymous(baseUrl())
			.login(editor.username(), StaffSession.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void aSwitchedOffEditorCannotSaveEvenAFormOpenedBefore() {
		StaffSession editor = signIn(Role.EDITOR);
		assertThat(editor.get("/editor/password").statusCode()).isEqualTo(200);
		StaffAccount account = accounts.find(editor.username()).orElseThrow();
		accounts.update(account.username(), account.displayName(), account.role(), false, account.version(), "tester");
		HttpResponse<String> post = editor.post("/editor/password", "currentPassword", StaffSession.PASSWORD,
				"password", "a-brand-new-password-77", "confirm", "a-brand-new-password-77");
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		StaffAccount after = accounts.find(editor.username()).orElseThrow();
		assertThat(after.version()).as("nothing was saved").isEqualTo(account.version() + 1);
	}

	@Test
	void aRoleChangeTakesEffectOnTheNextRequest() {
		StaffSession publisher = signIn(Role.PUBLISHER);
		assertThat(publisher.get("/editor/publish").body()).doesNotContain("Only publishers can publish.");
		StaffSession admin = StaffSession.signIn(baseUrl(), "admin", ADMIN_PASSWORD);
		StaffAccount account = accounts.find(publisher.username()).orElseThrow();
		admin.get("/editor/users/" + account.username());
		HttpResponse<String> demote = admin.post("/editor/users/" + account.username(), "displayName",
				account.displayName(), "role", "editor", "_enabled", "on", "enabled", "true", "version",
				String.valueOf(account.version()));
		assertThat(demote.statusCode()).isEqualTo(302);

		HttpResponse<String> next = publisher.get("/editor/publish");
		assertThat(next.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		StaffSession again = signIn(publisher.username());
		assertThat(again.get("/editor/publish").body()).contains("Only publishers can publish.");
		assertThat(again.post("/editor/publish", "note", "still trying", "checksum", "x").statusCode()).isEqualTo(403);

		// a promotion takes effect the same way: the next sign-in has the new role
		StaffSession editor = signIn(Role.EDITOR);
		assertThat(editor.get("/editor/users").statusCode()).isEqualTo(403);
		StaffAccount other = accounts.find(editor.username()).orElseThrow();
		accounts.update(other.username(), other.displayName(), Role.ADMIN, true, other.version(), "tester");
		assertThat(editor.get("/editor/users").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		assertThat(signIn(editor.username()).get("/editor/users").statusCode()).isEqualTo(200);
	}

	@Test
	void aRoleChangedInTheDatabaseAloneStillEndsTheSession() {
		StaffSession admin = signIn(Role.ADMIN);
		assertThat(admin.get("/editor/users").statusCode()).isEqualTo(200);
		JdbcClient.create(dataSource)
			.sql("update staff_user set role = 'EDITOR' where username = ?")
			.param(admin.username())
			.update();
		assertThat(admin.get("/editor/users").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
	}

	@Test
	void aPasswordChangeEndsTheOtherSessionsButKeepsTheOneItWasMadeIn() {
		StaffSession here = signIn(Role.EDITOR);
		StaffSession elsewhere = signIn(here.username());
		String sessionBefore = here.cookie("SESSION");
		here.get("/editor/password");
		HttpResponse<String> change = here.post("/editor/password", "currentPassword", StaffSession.PASSWORD,
				"password", "a-brand-new-password-77", "confirm", "a-brand-new-password-77");
		assertThat(change.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/editor"));
		assertThat(here.get("/editor").body()).contains("Your password was changed.");
		assertThat(here.get("/editor/options").statusCode()).isEqualTo(200);
		assertThat(here.cookie("SESSION")).as("a new session id after the change").isNotEqualTo(sessionBefore);
		assertThat(elsewhere.get("/editor").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
		StaffSession.signIn(baseUrl(), here.username(), "a-brand-new-password-77");
	}

	@Test
	void anAdministratorSettingAPasswordEndsThatPersonsSessions() {
		StaffSession editor = signIn(Role.EDITOR);
		StaffSession admin = StaffSession.signIn(baseUrl(), "admin", ADMIN_PASSWORD);
		admin.get("/editor/users/" + editor.username());
		assertThat(admin.post("/editor/users/" + editor.username() + "/password", "password", "set-by-the-admin-42")
			.statusCode()).isEqualTo(302);
		assertThat(admin.get("/editor/users").statusCode()).as("the administrator's own session goes on")
			.isEqualTo(200);
		assertThat(editor.get("/editor").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended"));
	}

	@Test
	void concurrentSavesOfAUserGiveTheConflictPageNotA500() throws Exception {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		int version = accounts.find(username).orElseThrow().version();
		List<StaffSession> admins = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			StaffSession admin = StaffSession.signIn(baseUrl(), "admin", ADMIN_PASSWORD);
			admin.get("/editor/users/" + username);
			admins.add(admin);
		}
		List<Integer> saves = parallel(admins,
				(admin, i) -> admin.post("/editor/users/" + username, "displayName", "Name " + i, "role", "editor",
						"_enabled", "on", "enabled", "true", "version", String.valueOf(version)));
		assertThat(saves).containsOnly(302, 409).contains(302);
		List<Integer> passwords = parallel(admins, (admin, i) -> admin.post("/editor/users/" + username + "/password",
				"password", "parallel-password-" + i));
		assertThat(passwords).containsOnly(302, 409).contains(302);
	}

	@Test
	void aStaffRequestAsksTheDatabaseOnceAboutItsSessionAndPatientPagesNever() {
		StaffSession editor = signIn(Role.EDITOR);
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		// the password form itself needs no data
		assertThat(editor.get("/editor/password").statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
		statistics.clear();
		assertThat(get("/options").statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("patient pages").isZero();
	}

	// --- helpers
	// ------------------------------------------------------------------------------------------------

	private StaffSession signIn(Role role) {
		return signIn(StaffSession.newUser(accounts, role));
	}

	private StaffSession signIn(String username) {
		return StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
	}

	interface Post {

		HttpResponse<String> send(StaffSession session, int index);

	}

	/** Each session sends its post at the same moment; their statuses in order. */
	private static List<Integer> parallel(List<StaffSession> sessions, Post post) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < sessions.size(); i++) {
				StaffSession session = sessions.get(i);
				int index = i;
				futures.add(pool.submit(() -> {
					go.await();
					return post.send(session, index).statusCode();
				}));
			}
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> future : futures) {
				statuses.add(future.get(120, TimeUnit.SECONDS));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
