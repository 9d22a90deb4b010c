package org.nextsteps.account;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.TestPasskey;
import org.nextsteps.WebTestSupport;
import org.nextsteps.audit.AuditEntry;
import org.nextsteps.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second factor (issue 16): a password alone reaches the passkey step, never an
 * editor page; the first sign-in registers a passkey; a password alone cannot add a
 * passkey to an account that has one; an administrator's reset removes the passkeys and
 * ends the sessions; a session lasts 12 hours at most; sessions are Spring Session's, in
 * the database. The passkey is {@link TestPasskey}, over HTTP as a browser's script would
 * send it; a real browser: PasskeyBrowserTests.
 */
class PasskeyTests extends WebTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	Passkeys passkeys;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	String newUser(Role role) {
		return StaffSession.newUser(accounts, role);
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	@Test
	void aPasswordAloneDoesNotReachTheEditorButThePasskeyStep() {
		String username = newUser(Role.ADMIN);
		StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD).get("/logout");
		StaffSession password = StaffSession.signInWithPasswordOnly(baseUrl(), username, StaffSession.PASSWORD);
		for (String path : new String[] { "/editor", "/editor/options", "/editor/users", "/editor/password" }) {
			HttpResponse<String> page = password.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(302);
			assertThat(location(page)).as(path).endsWith("/login?factor.type=webauthn&factor.reason=missing");
		}
		HttpResponse<String> json = password.get("/editor/options", "application/json");
		assertThat(json.statusCode()).as("a script gets no editor data either").isNotEqualTo(200);
		HttpResponse<String> step = password.get("/login?factor.type=webauthn&factor.reason=missing");
		assertThat(step.statusCode()).isEqualTo(200);
		assertThat(step.body()).contains("Sign in with your passkey").contains("/js/passkeys.js");
		assertThat(password
			.post("/editor/password", "currentPassword", StaffSession.PASSWORD, "password", "another-password-for-mfa",
					"confirm", "another-password-for-mfa")
			.statusCode()).as("no form post either").isEqualTo(302);
		assertThat(password.completeWithPasskey()).as("the page first asked for").contains("/editor");
		assertThat(password.get("/editor/users").statusCode()).isEqualTo(200);
	}

	@Test
	void theFirstSignInRegistersAPasskeyOnOurOwnPage() {
		String username = newUser(Role.EDITOR);
		StaffSession first = StaffSession.signInWithPasswordOnly(baseUrl(), username, StaffSession.PASSWORD);
		HttpResponse<String> step = first.get("/login?factor.type=webauthn&factor.reason=missing");
		assertThat(location(step)).endsWith("/passkeys");
		HttpResponse<String> page = first.get("/passkeys");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Register a passkey")
			.contains("/js/passkeys.js")
			.doesNotContain("<script>")
			.contains("data-csrf-header=\"X-CSRF-TOKEN\"");
		assertThat(passkeys.any(username)).isFalse();
		first.completeWithPasskey();
		assertThat(passkeys.of(username)).hasSize(1).first().satisfies(passkey -> {
			assertThat(passkey.label()).isEqualTo("Test passkey");
			assertThat(passkey.lastUsed()).isNotNull();
		});
		assertThat(first.get("/editor").statusCode()).isEqualTo(200);
		assertThat(first.get("/passkeys").body()).contains("Test passkey").contains("Register a passkey");
	}

	@Test
	void aPasswordAloneCannotAddAPasskeyToAnAccountThatHasOne() {
		String username = newUser(Role.EDITOR);
		StaffSession owner = StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);

		StaffSession thief = StaffSession.signInWithPasswordOnly(baseUrl(), username, StaffSession.PASSWORD);
		thief.get("/login?factor.type=webauthn");
		assertThat(location(thief.get("/passkeys"))).endsWith("/login?factor.type=webauthn");
		HttpResponse<String> refused = thief.tryToRegister(new TestPasskey());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Sign in with your password and your passkey to add or remove a passkey");
		assertThat(passkeys.of(username)).hasSize(1);

		owner.get("/passkeys");
		owner.registerPasskey(new TestPasskey());
		assertThat(passkeys.of(username)).as("signed in with both factors, one may add another").hasSize(2);
	}

	@Test
	void resettingAUsersFactorsRemovesThePasskeysAndEndsEverySession() {
		String username = newUser(Role.EDITOR);
		StaffSession user = StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
		StaffSession other = StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
		assertThat(storedSessions(username)).isEqualTo(2);
		StaffSession admin = StaffSession.signIn(baseUrl(), newUser(Role.ADMIN), StaffSession.PASSWORD);

		HttpResponse<String> userPage = admin.get("/editor/users/" + username);
		assertThat(userPage.body()).contains("This account has 1 passkey").contains("Reset sign-in factors");
		HttpResponse<String> confirm = admin.get("/editor/users/" + username + "/factors/reset");
		assertThat(confirm.statusCode()).isEqualTo(200);
		assertThat(confirm.body()).contains("Reset the sign-in factors of " + username);
		assertThat(admin.postRaw("/editor/users/" + username + "/factors/reset").statusCode())
			.as("without its CSRF token")
			.isEqualTo(403);
		HttpResponse<String> reset = admin.post("/editor/users/" + username + "/factors/reset");
		assertThat(location(reset)).endsWith("/editor/users");
		assertThat(admin.get("/editor/users").body()).contains("The sign-in factors of " + username + " were reset");

		assertThat(passkeys.any(username)).isFalse();
		assertThat(storedSessions(username)).as("deleted from the session store").isZero();
		for (StaffSession ended : new StaffSession[] { user, other }) {
			HttpResponse<String> next = ended.get("/editor");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(location(next)).contains("/login");
		}
		AuditEntry entry = audit.page(0, 20)
			.stream()
			.filter(e -> e.action().equals("user.factors") && e.subjectKey().equals(username))
			.findFirst()
			.orElseThrow();
		assertThat(entry.actor()).isEqualTo(admin.username());

		StaffSession again = StaffSession.signInWithPasswordOnly(baseUrl(), username, StaffSession.PASSWORD);
		assertThat(location(again.get("/login?factor.type=webauthn"))).as("registers a new passkey")
			.endsWith("/passkeys");
		again.completeWithPasskey();
		assertThat(again.get("/editor").statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
		String username = newUser(Role.EDITOR);
		StaffSession session = StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
		jdbc.update(
				"update spring_session set creation_time = creation_time - ?, last_access_time = ? "
						+ "where principal_name = ?",
				TimeUnit.HOURS.toMillis(12) - 60_000, System.currentTimeMillis(), username);
		assertThat(session.get("/editor").statusCode()).as("a minute before 12 hours").isEqualTo(200);
		jdbc.update("update spring_session set creation_time = creation_time - ? where principal_name = ?", 120_000,
				username);
		HttpResponse<String> next = session.get("/editor/options");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(location(next)).endsWith("/login?expired");
		assertThat(session.get("/login?expired").body())
			.contains("You were signed in for as long as a session may last");
		assertThat(location(session.get("/editor"))).as("signed out").endsWith("/login");
	}

	@Test
	void staffSessionsAreKeptInTheDatabaseUnderAStrictHttpOnlyCookie() {
		String username = newUser(Role.EDITOR);
		StaffSession session = StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
		assertThat(session.cookie("SESSION")).isNotBlank();
		assertThat(storedSessions(username)).isEqualTo(1);
		session.post("/logout");
		assertThat(storedSessions(username)).isZero();
	}

	int storedSessions(String username) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				username);
	}

}
