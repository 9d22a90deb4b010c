package org.nextsteps.account;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.BrowserTestSupport;
import org.nextsteps.StaffSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser: Chromium with a virtual authenticator (DevTools protocol
 * {@code WebAuthn.addVirtualAuthenticator}: CTAP2, built in, resident keys, user
 * verification). A new staff member signs in with a password, registers a passkey on our
 * page, signs out, and signs in again with password and passkey to reach the editor. The
 * new pages are axe-scanned. WebAuthn refuses IP addresses, so the browser goes to
 * {@code http://localhost:<port>} (a fixed free port, so that it can be the allowed
 * origin).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyBrowserTests extends BrowserTestSupport {

	static final int PORT = freePort();

	@DynamicPropertySource
	static void localhostOrigin(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("nextsteps.webauthn.allowed-origins", () -> "http://localhost:" + PORT);
	}

	@Autowired
	Accounts accounts;

	@Autowired
	Passkeys passkeys;

	@Override
	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static WebElement waitUntilVisible(WebDriver browser, By locator) {
		return waitOn(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	static void waitForUrl(WebDriver browser, String ending) {
		waitOn(browser).until(ExpectedConditions.urlContains(ending));
	}

	void signInWithPassword(WebDriver browser, String username) {
		browser.get(baseUrl() + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(StaffSession.PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	@Test
	void aNewStaffMemberRegistersAPasskeyAndSignsInWithPasswordAndPasskey() {
		String username = StaffSession.newUser(accounts, Role.ADMIN);
		ChromeDriver browser = (ChromeDriver) newBrowser();
		try {
			browser.executeCdpCommand("WebAuthn.enable", Map.of("enableUI", false));
			Map<String, Object> authenticator = browser.executeCdpCommand("WebAuthn.addVirtualAuthenticator",
					Map.of("options",
							Map.of("protocol", "ctap2", "ctap2Version", "ctap2_1", "transport", "internal",
									"hasResidentKey", true, "hasUserVerification", true, "isUserVerified", true,
									"automaticPresenceSimulation", true)));
			String authenticatorId = (String) authenticator.get("authenticatorId");

			// the first sign-in: the password, then our page to register a passkey
			signInWithPassword(browser, username);
			waitUntilVisible(browser, By.id("passkey-register-button"));
			assertThat(browser.getCurrentUrl()).endsWith("/passkeys");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Register a passkey");
			assertAccessible(browser);
			screenshots(browser, "passkey-enrol");
			WebElement label = browser.findElement(By.id("passkey-label"));
			label.clear();
			label.sendKeys("Test laptop");
			browser.findElement(By.id("passkey-register-button")).click();

			// saved: now use it to finish signing in
			waitUntilVisible(browser, By.id("passkey-sign-in"));
			assertThat(browser.getCurrentUrl()).contains("/login?factor.type=webauthn");
			assertThat(browser.findElement(By.id("main")).getText()).contains("Your passkey is saved");
			assertAccessible(browser);
			screenshots(browser, "passkey-step");
			assertThat(passkeys.of(username)).extracting(Passkeys.Passkey::label).containsExactly("Test laptop");
			List<?> credentials = (List<?>) browser
				.executeCdpCommand("WebAuthn.getCredentials", Map.of("authenticatorId", authenticatorId))
				.get("credentials");
			assertThat(credentials).hasSize(1);
			browser.findElement(By.id("passkey-sign-in")).click();
			waitUntilVisible(browser, By.cssSelector(".staff-user"));
			waitForUrl(browser, "/editor");
			assertThat(browser.getCurrentUrl()).matches(".*/editor(\\?continue)?");

			// sign out, and in again with password and passkey
			browser.findElement(By.cssSelector(".staff-user form button")).click();
			waitForUrl(browser, "/login?logout");
			signInWithPassword(browser, username);
			waitUntilVisible(browser, By.id("passkey-sign-in"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in with your passkey");
			browser.findElement(By.id("passkey-sign-in")).click();
			waitUntilVisible(browser, By.cssSelector(".staff-user"));
			waitForUrl(browser, "/editor");
			assertThat(browser.getCurrentUrl()).matches(".*/editor(\\?continue)?");
			assertThat(passkeys.of(username).get(0).lastUsed()).isNotNull();

			// the passkey list once signed in, and an administrator's reset page
			browser.get(baseUrl() + "/passkeys");
			assertThat(waitUntilVisible(browser, By.tagName("h1")).getText()).isEqualTo("Passkeys");
			assertThat(browser.findElement(By.id("main")).getText()).contains("Test laptop");
			assertAccessible(browser);
			screenshots(browser, "passkeys");
			browser.get(baseUrl() + "/editor/users/" + username);
			browser.findElement(By.id("reset-factors")).click();
			waitUntilVisible(browser, By.id("confirm-reset-factors"));
			assertAccessible(browser);
			screenshots(browser, "passkey-reset");
		}
		finally {
			browser.quit();
		}
	}

}
