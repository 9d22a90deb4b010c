package org.nextsteps.patient;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nextsteps.BrowserTestSupport;
import org.nextsteps.SharedScenarios;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in Chromium: a patient walks the questionnaire in Spanish to a result,
 * switching to English and back mid-way without losing an answer; every kind of page is
 * scanned in Spanish with axe-core (WCAG 2.2 A/AA) at 390 and 1280 px.
 */
class SpanishBrowserTests extends BrowserTestSupport {

	@Autowired
	JsonMapper json;

	@Test
	void aPatientWalksInSpanishSwitchesLanguageMidWayAndKeepsEveryAnswer() {
		Map<String, Object> answers = new HashMap<>(SharedScenarios.base(json));
		answers.put("injection_type", "facet_joint");
		answers.put("relief_duration", "hours");
		answers.put("relief_amount", "about_half_or_more");
		WebDriver browser = open("/es/");
		assertThat(lang(browser)).isEqualTo("es");
		assertAccessible(browser);
		screenshots(browser, "es-home");
		browser.get(baseUrl() + "/es/start");
		int pages = 0;
		for (int guard = 0; guard < 30 && !browser.getCurrentUrl().contains("/r/"); guard++) {
			String url = browser.getCurrentUrl();
			if (url.contains("/start/check")) {
				assertThat(lang(browser)).isEqualTo("es");
				assertAccessible(browser);
				screenshots(browser, "es-check");
				clickAndWait(browser, browser.findElement(By.cssSelector("a.button[href*='/r/']")));
				continue;
			}
			if (pages == 2) {
				// mid-way: to English and back, on the same step with the same answers
				String before = browser.getCurrentUrl();
				clickAndWait(browser, browser.findElement(By.cssSelector("a.language-link")));
				assertThat(lang(browser)).isEqualTo("en");
				assertThat(browser.getCurrentUrl()).isEqualTo(before.replace("/es/", "/"));
				assertThat(checked(browser)).isEqualTo(checkedAfterBack(browser));
			}
			if (pages == 0) {
				assertAccessible(browser);
				screenshots(browser, "es-question");
			}
			answer(browser, answers);
			pages++;
		}
		assertThat(browser.getCurrentUrl()).contains("/es/r/");
		assertThat(lang(browser)).isEqualTo("es");
		JsonNode api = api(answers);
		assertThat(browser.findElement(By.cssSelector(".card-list li h3")).getText())
			.isEqualTo(api.get("options").get(0).get("title").asString());
	}

	@Test
	void everyKindOfPageIsAccessibleInSpanish() {
		Map<String, Object> answers = new HashMap<>(SharedScenarios.base(json));
		String result = api(answers).get("shareUrl").asString();
		assertThat(result).contains("/es/r/");
		WebDriver browser = open(result.substring(result.indexOf("/es/r/")));
		for (String page : List.of("", "/compare", "/print", "/weigh", "/clinician")) {
			browser.get(result + page);
			assertThat(lang(browser)).as(page).isEqualTo("es");
			assertAccessible(browser);
			screenshots(browser, "es-result" + page.replace('/', '-'));
		}
		for (String page : List.of("/es/options", "/es/options/physical-therapy", "/es/about", "/es/urgent-help",
				"/es/for-clinicians", "/es/r/not-a-code", "/es/options/no-such-option")) {
			browser.get(baseUrl() + page);
			assertThat(lang(browser)).as(page).isEqualTo("es");
			assertAccessible(browser);
			screenshots(browser, "es" + page.replace("/es", "").replace('/', '-'));
		}
		Map<String, Object> urgent = Map.of("red_flags", List.of("saddle_numbness"));
		browser.get(baseUrl() + "/es/start");
		answer(browser, urgent);
		assertThat(browser.getCurrentUrl()).contains("/es/start/urgent");
		assertAccessible(browser);
		screenshots(browser, "es-urgent");
	}

	/** Chooses this page's answers and goes on. */
	private static void answer(WebDriver browser, Map<String, Object> answers) {
		Set<String> names = new LinkedHashSet<>();
		for (WebElement input : browser
			.findElements(By.cssSelector("form input[type=radio], form input[type=checkbox]"))) {
			names.add(input.getAttribute("name"));
		}
		for (String name : names) {
			Object answer = answers.get(name);
			List<?> values = answer instanceof List<?> list ? list : answer == null ? List.of() : List.of(answer);
			for (Object value : values) {
				WebElement input = browser
					.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']"));
				if (!input.isSelected()) {
					input.click();
				}
			}
		}
		for (WebElement number : browser.findElements(By.cssSelector("form input[type=number]"))) {
			Object value = answers.get(number.getAttribute("name"));
			if (value != null) {
				number.clear();
				number.sendKeys(value.toString());
			}
		}
		clickAndWait(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
		assertThat(browser.findElements(By.cssSelector(".error-summary"))).isEmpty();
	}

	/**
	 * The answers shown chosen on the English page, then the same on the Spanish page.
	 */
	private static Set<String> checked(WebDriver browser) {
		Set<String> chosen = new LinkedHashSet<>();
		browser.findElements(By.cssSelector("input:checked"))
			.forEach(i -> chosen.add(i.getAttribute("name") + "=" + i.getAttribute("value")));
		chosen.add("a=" + browser.findElement(By.cssSelector("input[name=a]")).getAttribute("value"));
		return chosen;
	}

	private static Set<String> checkedAfterBack(WebDriver browser) {
		clickAndWait(browser, browser.findElement(By.cssSelector("a.language-link")));
		assertThat(lang(browser)).isEqualTo("es");
		return checked(browser);
	}

	private JsonNode api(Map<String, Object> answers) {
		return json
			.readTree(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.header("Accept-Language", "es")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString(json.writeValueAsString(Map.of("answers", answers))))
				.build()).body());
	}

	private static String lang(WebDriver browser) {
		return browser.findElement(By.tagName("html")).getAttribute("lang");
	}

}
