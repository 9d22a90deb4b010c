package org.nextsteps.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in: the first administrator, the wait after wrong passwords as the page shows
 * it, CSRF on the form, and the cookie's flags. The limits themselves:
 * {@link SignInLimitsTests}.
 */
class LoginTests extends WebTestSupport {

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theFirstAdministratorHasThePasswordFromConfigurationAndItIsHashed() {
		StaffSession admin = StaffSession.signIn(baseUrl(), "admin", "test-admin-password-1");
		assertThat(admin.get("/editor/users").statusCode()).isEqualTo(200);
		assertThat(accounts.find("admin")).hasValueSatisfying(a -> assertThat(a.role()).isEqualTo(Role.ADMIN));
		assertThat(admin.get("/editor/users").body()).as("its name, from messages/account")
			.contains(">Administrator</td>");
		assertThat(encoder.encode("x")).startsWith("{bcrypt}");
	}

	@Test
	void afterFiveWrongPasswordsTheNextTryWaitsEvenWithTheRightPasswordAndThePageSaysHowLong() {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		StaffSession session = StaffSession.anonymous(baseUrl());
		for (int i = 1; i <= 4; i++) {
			HttpResponse<String> wrong = session.login(username, "wrong-password-" + i);
			assertThat(wrong.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
			assertThat(session.get("/login?error").body()).contains("The username or password is not right")
				.doesNotContain("Please wait");
		}
		session.login(username, "wrong-password-5");
		assertThat(session.get("/login?error").body()).contains("Please wait before you try again")
			.contains("too many wrong passwords for this username")
			.contains("You can try again in 1 minute.");
		// the right password does not get in while the wait lasts, and the page says why
		HttpResponse<String> right = session.login(username, StaffSession.PASSWORD);
		assertThat(right.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(session.get("/login?error").body()).contains("Please wait before you try again")
			.containsPattern("try again in (\\d+ seconds|1 minute)");
		assertThat(accounts.waitUntil(username)).hasValueSatisfying(until -> assertThat(until)
			.isBetween(Instant.now().plus(50, ChronoUnit.SECONDS), Instant.now().plus(61, ChronoUnit.SECONDS)));
	}

	@Test
	void unknownUsernamesWaitTooSoAWaitRevealsNothing() {
		StaffSession session = StaffSession.anonymous(baseUrl());
		String unknown = "nobody-" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			session.login(unknown, "guess-" + i);
		}
		assertThat(session.get("/login?error").body()).contains("too many wrong passwords for this username");
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		StaffSession session = StaffSession.anonymous(baseUrl());
		for (int i = 0; i < 4; i++) {
			session.login(username, "wrong-" + i);
		}
		StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
		for (int i = 0; i < 4; i++) {
			session.login(username, "wrong-again-" + i);
		}
		assertThat(accounts.waitUntil(username)).isEmpty();
		assertThat(session.get("/login?error").body()).contains("The username or password is not right");
	}

	@Test
	void theSignInFormRefusesAPostWithoutItsCsrfToken() {
		String username = StaffSession.newUser(accounts, Role.EDITOR);
		StaffSession session = StaffSession.anonymous(baseUrl());
		HttpResponse<String> response = session.postRaw("/login", "username", username, "password",
				StaffSession.PASSWORD);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteStrictAndSecureBehindHttps() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(plain.headers().allValues("Set-Cookie"));
		assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure");
		HttpResponse<String> proxied = http.send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(sessionCookie(proxied.headers().allValues("Set-Cookie"))).contains("Secure").contains("HttpOnly");
	}

	@Test
	void patientPagesStillSetNoCookieAfterStaffSignIn() {
		StaffSession.signIn(baseUrl(), "admin", "test-admin-password-1");
		assertThat(get("/options").headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void signingOutEndsTheSession() {
		StaffSession session = StaffSession.signIn(baseUrl(), StaffSession.newUser(accounts, Role.EDITOR),
				StaffSession.PASSWORD);
		HttpResponse<String> out = session.post("/logout");
		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		assertThat(session.get("/editor").statusCode()).isEqualTo(302);
	}

	@Test
	void noDefaultPasswordAndGeneratedOnesAreLongAndRandom() {
		String one = AdminBootstrap.randomPassword();
		assertThat(one).hasSize(20).isNotEqualTo(AdminBootstrap.randomPassword());
		assertThat(accounts.passwordProblem(one, "admin")).isEmpty();
		assertThat(accounts.passwordProblem("short", "admin"))
			.hasValueSatisfying(p -> assertThat(p.messageKey()).isEqualTo("account.error.password-short"));
	}

	private static String sessionCookie(List<String> cookies) {
		return cookies.stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElse("");
	}

}
