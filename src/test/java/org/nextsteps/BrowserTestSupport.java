package org.nextsteps;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser tests in Debian's Chromium: one headless browser for the whole run,
 * started on first use. Where Chromium is not installed (a laptop without it) these tests
 * are skipped, and say why.
 */
@SlowSuite
public abstract class BrowserTestSupport extends WebTestSupport {

	static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

	/** WCAG 2.2 A and AA, as axe-core tags them. */
	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static WebDriver driver;

	@BeforeAll
	static void requireChromium() {
		Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
				"Chromium or chromedriver not installed (apt-get install chromium chromium-driver): browser tests skipped");
	}

	/** The shared browser of the run. */
	protected static synchronized WebDriver browser() {
		if (driver == null) {
			driver = newBrowser();
			WebDriver shared = driver;
			Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
		}
		return driver;
	}

	/**
	 * A new browser with an empty profile (no cookies, no storage): the caller quits it.
	 */
	protected static WebDriver newBrowser() {
		return newBrowser(true);
	}

	/**
	 * A new browser with an empty profile, with or without JavaScript: the caller quits
	 * it.
	 */
	protected static WebDriver newBrowser(boolean javaScript) {
		ChromeOptions options = new ChromeOptions();
		if (!javaScript) {
			options.setExperimentalOption("prefs",
					java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

	/**
	 * Signs {@code browser} in as {@code username} (password
	 * {@link StaffSession#PASSWORD}) with both factors: the sign-in, passkey step
	 * included, is done over HTTP ({@link StaffSession}), and the browser takes over its
	 * session cookie. The passkey step in a browser of its own: PasskeyBrowserTests.
	 */
	protected void signInAs(WebDriver browser, String username) {
		StaffSession session = StaffSession.signIn(baseUrl(), username, StaffSession.PASSWORD);
		open("/login");
		browser.manage().deleteAllCookies();
		browser.manage()
			.addCookie(new Cookie.Builder("SESSION", session.cookie("SESSION")).path("/")
				.isHttpOnly(true)
				.sameSite("Strict")
				.build());
		open("/editor");
	}

	/**
	 * A wait of up to 15 s that looks every 20 ms: Selenium's own default looks every 500
	 * ms, which made each step of a walk through the questionnaire cost half a second.
	 */
	protected static WebDriverWait waitOn(WebDriver browser) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.pollingEvery(Duration.ofMillis(20));
		return wait;
	}

	/** Waits (up to 15 s) for an element to be on the page, and gives it. */
	protected static WebElement waitFor(WebDriver browser, By locator) {
		return waitOn(browser).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/**
	 * Clicks a link or submit button and waits (up to 15 s) for the page that held it to
	 * be replaced: a click returns before the browser has loaded the next page, so what
	 * is looked up straight after a bare click may still be on the old one.
	 */
	protected static void clickAndWait(WebDriver browser, WebElement element) {
		element.click();
		waitUntilGone(browser, element);
	}

	/**
	 * Waits (up to 15 s) for the page that held {@code element} to be replaced. While the
	 * old page is being replaced Chromium answers either "stale element" or "node does
	 * not belong to the document": both mean gone.
	 */
	protected static void waitUntilGone(WebDriver browser, WebElement element) {
		waitOn(browser).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
	}

	protected WebDriver open(String path) {
		WebDriver browser = browser();
		browser.get(baseUrl() + path);
		return browser;
	}

	/**
	 * Fails with the list of WCAG 2.2 A/AA violations axe-core finds on the page now in
	 * the browser, at phone (390 px) and desktop (1280 px) widths.
	 */
	protected static void assertAccessible(WebDriver browser) {
		try {
			for (int width : new int[] { 390, 1280 }) {
				browser.manage().window().setSize(new Dimension(width, 900));
				Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
				List<Rule> violations = results.getViolations();
				String report = violations.stream()
					.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
							+ rule.getNodes()
								.stream()
								.map(node -> String.valueOf(node.getTarget()))
								.collect(Collectors.joining(", ")))
					.collect(Collectors.joining("\n"));
				assertThat(violations)
					.as("axe-core WCAG 2.2 A/AA violations at %d px on %s:%n%s", width, browser.getCurrentUrl(), report)
					.isEmpty();
			}
		}
		finally {
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	/**
	 * Writes screenshots of the current page at phone (390 px) and desktop (1280 px)
	 * widths.
	 */
	protected static void screenshots(WebDriver browser, String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			for (int width : new int[] { 390, 1280 }) {
				browser.manage().window().setSize(new Dimension(width, 900));
				byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
				Files.write(dir.resolve(name + "-" + width + ".png"), png);
			}
			browser.manage().window().setSize(new Dimension(1280, 900));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
