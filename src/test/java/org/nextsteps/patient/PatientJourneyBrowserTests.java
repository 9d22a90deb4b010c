package org.nextsteps.patient;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nextsteps.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's journey in Chromium: every visible scenario walked through the
 * questionnaire reaches a result whose first option is the API's; one walk by keyboard
 * only; the emergency exit; share links. axe-core scans every kind of page, and
 * screenshots land in target/screenshots.
 */
class PatientJourneyBrowserTests extends BrowserTestSupport {

	static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	@Autowired
	JsonMapper json;

	@Test
	void everyVisibleScenarioWalksToTheSameFirstOptionAsTheApi() throws IOException {
		Map<String, Object> base = json.readValue(SCENARIOS.resolve("base.json").toFile(), Map.class);
		boolean first = true;
		for (JsonNode c : json.readTree(SCENARIOS.resolve("visible.json").toFile()).get("cases")) {
			if (c.path("alone").asBoolean(false)) {
				continue;
			}
			Map<String, Object> answers = overlay(base, c);
			WebDriver browser = open("/start");
			walk(browser, answers, false, first);
			assertThat(browser.getCurrentUrl()).as(c.get("name").asString()).contains("/r/");
			assertThat(firstOptionTitle(browser)).as(c.get("name").asString()).isEqualTo(apiFirstTitle(answers));
			if (first) {
				assertAccessible(browser);
				screenshots(browser, "result");
				String result = browser.getCurrentUrl();
				clickAndWait(browser, browser.findElement(By.linkText("Compare the top options side by side")));
				assertAccessible(browser);
				screenshots(browser, "compare");
				browser.get(result + "/print");
				assertAccessible(browser);
				screenshots(browser, "print");
				first = false;
			}
		}
	}

	@Test
	void aPatientCanAnswerWithTheKeyboardOnly() throws IOException {
		Map<String, Object> base = json.readValue(SCENARIOS.resolve("base.json").toFile(), Map.class);
		Map<String, Object> answers = new HashMap<>(base);
		answers.put("injection_type", "facet_joint");
		answers.put("relief_duration", "hours");
		answers.put("relief_amount", "about_half_or_more");
		answers.put("priorities", List.of("avoid_surgery"));
		WebDriver browser = open("/start");
		walk(browser, answers, true, false);
		assertThat(firstOptionTitle(browser)).isEqualTo(apiFirstTitle(answers));
	}

	@Test
	void anEmergencySignLeadsStraightToEmergencyAdvice() {
		WebDriver browser = open("/start");
		browser.findElement(By.cssSelector("input[name=red_flags][value=bladder_bowel_change]")).click();
		WebElement submit = browser.findElement(By.cssSelector("form button[type=submit]"));
		submit.click();
		waitUntilGone(browser, submit);
		assertThat(browser.getCurrentUrl()).contains("/start/urgent");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("emergency");
		assertThat(browser.getPageSource()).contains("999");
		assertAccessible(browser);
		screenshots(browser, "emergency");
		clickAndWait(browser, browser.findElement(By.linkText("Answer the other questions")));
		assertThat(browser.findElement(By.cssSelector(".progress")).getText()).isEqualTo("Page 2 of 13");
	}

	@Test
	void errorsAreSummarisedAndLinkedToTheField() {
		WebDriver browser = open("/start");
		WebElement submit = browser.findElement(By.cssSelector("form button[type=submit]"));
		submit.click();
		waitUntilGone(browser, submit);
		WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
		assertThat(browser.switchTo().activeElement()).as("focus on the error summary").isEqualTo(summary);
		assertThat(summary.getText()).contains("Select all the warning signs you have");
		assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#red_flags");
		assertThat(browser.getTitle()).startsWith("Error:");
		assertAccessible(browser);
		screenshots(browser, "error");
	}

	@Test
	void aShareLinkShowsTheSameResultInAFreshBrowserAndATamperedOneIsRefused() throws IOException {
		Map<String, Object> base = json.readValue(SCENARIOS.resolve("base.json").toFile(), Map.class);
		String shareUrl = api(base).get("shareUrl").asString();
		WebDriver browser = browser();
		browser.get(shareUrl);
		String title = firstOptionTitle(browser);
		WebDriver fresh = newBrowser();
		try {
			fresh.get(shareUrl);
			assertThat(firstOptionTitle(fresh)).isEqualTo(title);
			assertThat(fresh.manage().getCookies()).isEmpty();
		}
		finally {
			fresh.quit();
		}
		char last = shareUrl.charAt(shareUrl.length() - 1);
		String tampered = shareUrl.substring(0, shareUrl.length() - 1) + (last == 'A' ? 'B' : 'A');
		browser.get(tampered);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link is incomplete or was changed");
		assertThat(get(tampered.substring(baseUrl().length())).statusCode()).isEqualTo(400);
		assertAccessible(browser);
	}

	/**
	 * Answers every page of the questionnaire from {@code answers}, scanning and
	 * photographing each page when asked, and ends on the result page (through the urgent
	 * page and the check page where they come).
	 */
	private void walk(WebDriver browser, Map<String, Object> answers, boolean keyboard, boolean scan) {
		for (int guard = 0; guard < 30; guard++) {
			String url = browser.getCurrentUrl();
			if (url.contains("/r/")) {
				return;
			}
			if (url.contains("/start/urgent")) {
				WebElement onwards = browser.findElement(By.linkText("Answer the other questions"));
				onwards.click();
				waitUntilGone(browser, onwards);
				continue;
			}
			if (url.contains("/start/check")) {
				if (scan) {
					assertAccessible(browser);
					screenshots(browser, "check");
				}
				WebElement submit = browser.findElement(By.linkText("See your next steps"));
				if (keyboard) {
					focus(browser, submit).sendKeys(Keys.ENTER);
				}
				else {
					submit.click();
				}
				waitUntilGone(browser, submit);
				continue;
			}
			// the page's question names, read in one call rather than one call per input
			Set<String> names = new LinkedHashSet<>((List<String>) ((JavascriptExecutor) browser)
				.executeScript("return Array.from(document.querySelectorAll("
						+ "'form input[type=radio], form input[type=checkbox]'), input => input.name)"));
			if (scan) {
				assertAccessible(browser);
				screenshots(browser, "question-" + String.join("-", names));
			}
			List<String> chosen = new ArrayList<>();
			for (String name : names) {
				for (String value : values(answers.get(name))) {
					chosen.add("input[name=" + name + "][value='" + value + "']");
				}
			}
			if (keyboard || scan) {
				for (String selector : chosen) {
					WebElement input = browser.findElement(By.cssSelector(selector));
					if (keyboard) {
						select(browser, input);
					}
					else {
						input.click();
					}
				}
			}
			else {
				// the other walks click their answers in one call: a click each took 100
				// ms
				Object missing = ((JavascriptExecutor) browser).executeScript(
						"return arguments[0].filter(selector => {" + " const input = document.querySelector(selector);"
								+ " if (input) { input.click(); } return !input; })",
						chosen);
				assertThat((List<?>) missing).as("answers not on %s", url).isEmpty();
			}
			WebElement next = browser.findElement(By.cssSelector("form button[type=submit]"));
			if (keyboard) {
				focus(browser, next).sendKeys(Keys.ENTER);
			}
			else {
				next.click();
			}
			waitUntilGone(browser, next);
			assertThat(browser.findElements(By.cssSelector(".error-summary"))).as("errors on %s", url).isEmpty();
		}
		throw new AssertionError("The questionnaire did not end");
	}

	/**
	 * Tab to the control; radios are chosen with the arrow keys, as a keyboard user does.
	 */
	private static void select(WebDriver browser, WebElement input) {
		if ("radio".equals(input.getAttribute("type"))) {
			WebElement active = focusGroup(browser, input.getAttribute("name"));
			for (int i = 0; i < 15 && !active.equals(input); i++) {
				active.sendKeys(Keys.ARROW_DOWN);
				active = browser.switchTo().activeElement();
			}
			if (!input.isSelected()) {
				active.sendKeys(Keys.SPACE);
			}
		}
		else {
			focus(browser, input).sendKeys(Keys.SPACE);
		}
		assertThat(input.isSelected())
			.as("%s=%s selected by keyboard", input.getAttribute("name"), input.getAttribute("value"))
			.isTrue();
	}

	private static WebElement focusGroup(WebDriver browser, String name) {
		browser.findElement(By.tagName("body")).click();
		for (int i = 0; i < 80; i++) {
			WebElement active = browser.switchTo().activeElement();
			if (name.equals(active.getAttribute("name"))) {
				return active;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Could not reach " + name + " with Tab");
	}

	private static WebElement focus(WebDriver browser, WebElement target) {
		for (int i = 0; i < 120; i++) {
			WebElement active = browser.switchTo().activeElement();
			if (active.equals(target)) {
				return active;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Could not reach " + target + " with Tab");
	}

	private static String firstOptionTitle(WebDriver browser) {
		return browser.findElement(By.cssSelector(".card-list li h3")).getText();
	}

	private String apiFirstTitle(Map<String, Object> answers) {
		return api(answers).get("options").get(0).get("title").asString();
	}

	private JsonNode api(Map<String, Object> answers) {
		return json.readTree(
				post("/api/v1/assessments", "application/json", json.writeValueAsString(Map.of("answers", answers)))
					.body());
	}

	private static List<String> values(Object answer) {
		if (answer == null) {
			return List.of();
		}
		if (answer instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of(String.valueOf(answer));
	}

	private Map<String, Object> overlay(Map<String, Object> base, JsonNode c) {
		Map<String, Object> answers = new HashMap<>(base);
		json.treeToValue(c.get("answers"), Map.class).forEach((k, v) -> {
			if (v == null) {
				answers.remove(k);
			}
			else {
				answers.put((String) k, v);
			}
		});
		return answers;
	}

}
