package org.nextsteps.patient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nextsteps.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 in Chromium: the weighing exercise, the leaning and the readiness check work
 * with the keyboard alone in a browser without JavaScript, survive the share link into a
 * fresh browser and appear on the print page; the result, compare and print pages with
 * them are axe-clean at 390 and 1280 px; and the print page of every visible scenario is
 * one page at A4 and at US Letter.
 */
class DecisionAidBrowserTests extends BrowserTestSupport {

	private static final PageSize A4 = new PageSize(29.7, 21.0);

	private static final PageSize LETTER = new PageSize(27.94, 21.59);

	private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page[^s]");

	@Autowired
	JsonMapper json;

	@Autowired
	ShareCodeKeys keys;

	@Autowired
	org.nextsteps.release.Releases releases;

	@Test
	void theWeighingWorksByKeyboardWithoutJavaScriptAndTravelsInTheLink() throws IOException {
		String start = shareUrl(base());
		WebDriver noScript = newBrowser(false);
		String weighed;
		try {
			noScript.get(start);
			WebElement way = noScript.findElement(By.linkText("Weigh up your options"));
			way.sendKeys(Keys.ENTER);
			waitOn(noScript).until(d -> d.getCurrentUrl().endsWith("/weigh"));
			assertThat(noScript.findElements(By.cssSelector("#weigh-fit"))).isEmpty();
			List<WebElement> scales = noScript.findElements(By.cssSelector("fieldset.value-scale input[value='1']"));
			assertThat(scales).as("trade-offs to weigh").hasSizeGreaterThanOrEqualTo(2);
			String first = scales.get(0).getAttribute("name");
			String second = scales.get(1).getAttribute("name");
			choose(noScript, first, "5");
			choose(noScript, second, "2");
			submitWith(noScript, "next", "fit");
			assertThat(noScript.getCurrentUrl()).endsWith("/weigh#weigh-fit").doesNotStartWith(start);
			assertThat(noScript.findElement(By.id("weigh-fit")).isDisplayed()).isTrue();
			assertThat(radio(noScript, first, "5").isSelected()).isTrue();

			String leaning = noScript.findElements(By.cssSelector("input[name=leaning]")).get(1).getAttribute("value");
			choose(noScript, "leaning", leaning);
			for (String question : List.of("sure", "informed", "values", "support")) {
				choose(noScript, "ready." + question, question.equals("support") ? "no" : "yes");
			}
			submitWith(noScript, "next", "ready");
			assertThat(noScript.getCurrentUrl()).endsWith("/weigh#ready");
			assertThat(noScript.findElement(By.id("ready-outcome")).getText()).contains("no to at least one");
			weighed = noScript.getCurrentUrl().replaceAll("/weigh#.*$", "");
			String leaningTitle = noScript.findElement(By.cssSelector("label[for=leaning-" + leaning + "]")).getText();

			WebDriver fresh = newBrowser();
			try {
				fresh.get(weighed);
				assertThat(fresh.findElement(By.id("weigh")).getText()).contains("Leaning toward: " + leaningTitle);
				fresh.get(weighed + "/weigh");
				assertThat(radio(fresh, first, "5").isSelected()).as("the share link keeps the ratings").isTrue();
				assertThat(radio(fresh, second, "2").isSelected()).isTrue();
				assertThat(radio(fresh, "leaning", leaning).isSelected()).isTrue();
				assertThat(radio(fresh, "ready.support", "no").isSelected()).isTrue();
				fresh.get(weighed + "/print");
				String print = fresh.findElement(By.tagName("main")).getText();
				assertThat(print).contains("Leaning toward: " + leaningTitle, "Most of all", "Has the help needed: No");
				assertThat(pages(fresh, A4)).as("the print with weighing, A4").isEqualTo(1);
				assertThat(pages(fresh, LETTER)).as("the print with weighing, Letter").isEqualTo(1);
			}
			finally {
				fresh.quit();
			}
		}
		finally {
			noScript.quit();
		}
		WebDriver browser = open(weighed.substring(weighed.indexOf("/r/")));
		assertAccessible(browser);
		screenshots(browser, "result-weighed");
		browser.get(weighed + "/weigh");
		assertAccessible(browser);
		screenshots(browser, "weigh");
		browser.get(weighed + "/compare");
		assertAccessible(browser);
		screenshots(browser, "compare-weighed");
		browser.get(weighed + "/print");
		assertAccessible(browser);
		screenshots(browser, "print-weighed");
		// issue 15: the clinician summary, with what the patient weighed
		browser.get(weighed + "/clinician");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Clinician summary");
		assertThat(browser.findElement(By.id("values")).getText()).contains("Leaning toward:");
		assertAccessible(browser);
		screenshots(browser, "clinician-weighed");
	}

	@Test
	void thePrintAndTheClinicianSummaryOfEveryVisibleScenarioAreOnePageOnA4AndLetter() throws IOException {
		Map<String, Object> base = base();
		List<String> notOnePage = new ArrayList<>();
		WebDriver browser = browser();
		for (JsonNode c : json.readTree(PatientJourneyBrowserTests.SCENARIOS.resolve("visible.json").toFile())
			.get("cases")) {
			Map<String, Object> answers = c.path("alone").asBoolean(false) ? new HashMap<>() : new HashMap<>(base);
			json.treeToValue(c.get("answers"), Map.class).forEach((k, v) -> {
				if (v == null) {
					answers.remove(k);
				}
				else {
					answers.put((String) k, v);
				}
			});
			String link = shareUrl(answers);
			for (String page : List.of("/print", "/clinician")) {
				browser.get(link + page);
				for (PageSize size : List.of(A4, LETTER)) {
					int pages = pages(browser, size);
					if (pages != 1) {
						notOnePage.add(c.get("name").asString() + page + " (" + pages + " pages at " + size.getWidth()
								+ " cm)");
					}
				}
			}
		}
		assertThat(notOnePage).as("print pages and clinician summaries longer than one page").isEmpty();
	}

	/**
	 * The pages a result can lead to beyond the result itself: a link whose release is
	 * not here, and an option page opened from a result's link (with its release named).
	 */
	@Test
	void theLinkGoneAndReleaseOptionPagesAreAccessible() {
		String gone = ShareCode.encode(keys, 999, "0".repeat(64), ShareCodeTests.answers());
		WebDriver browser = open("/r/" + gone);
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("no longer works");
		assertAccessible(browser);
		screenshots(browser, "link-gone");
		browser.get(baseUrl() + "/options/physical-therapy?release=" + releases.current().id());
		assertAccessible(browser);
		// issue 15: a damaged link, and a clinic's link that could be used only in part
		browser.get(baseUrl() + "/r/" + gone.substring(0, gone.length() - 5));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("incomplete or was changed");
		assertAccessible(browser);
		screenshots(browser, "link-damaged");
		browser.get(baseUrl() + "/start?injection_type=facet_joint&pain_score=eleven");
		assertThat(browser.findElement(By.id("prefill-note")).getText()).contains("Your clinic filled in");
		assertAccessible(browser);
		screenshots(browser, "prefill-note");
		// the page for clinicians builds a link, with its QR code, that opens the guide
		// filled in
		browser.get(baseUrl() + "/for-clinicians");
		assertAccessible(browser);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-injection_type")))
			.selectByValue("medial_branch_block");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-spine_region"))).selectByValue("neck");
		browser.findElement(By.id("f-tried-physical_therapy")).click();
		clickAndWait(browser, browser.findElement(By.cssSelector("#build-form button[type=submit]")));
		assertThat(browser.findElement(By.id("built-link")).getText())
			.endsWith("/start?injection_type=medial_branch_block&spine_region=neck&tried=physical_therapy");
		assertThat(browser.findElement(By.cssSelector("#built svg")).getAttribute("aria-label")).isNotBlank();
		assertAccessible(browser);
		screenshots(browser, "for-clinicians-built");
		clickAndWait(browser, browser.findElement(By.linkText("Open the link as the patient will see it")));
		assertThat(browser.findElement(By.id("prefill-note")).getText()).contains("Your clinic filled in");
		// the clinician summary of an emergency
		Map<String, Object> flags = new HashMap<>();
		flags.put("red_flags", List.of("saddle_numbness"));
		browser.get(shareUrl(flags) + "/clinician");
		assertThat(browser.findElement(By.id("disposition")).getText()).contains("Emergency");
		assertAccessible(browser);
		screenshots(browser, "clinician-emergency");
	}

	/** How many pages the page now in the browser prints to, at this paper size. */
	private static int pages(WebDriver browser, PageSize size) {
		PrintOptions options = new PrintOptions();
		options.setPageSize(size);
		String pdf = new String(Base64.getDecoder().decode(((PrintsPage) browser).print(options).getContent()),
				StandardCharsets.ISO_8859_1);
		return (int) PDF_PAGE.matcher(pdf).results().count();
	}

	/**
	 * Chooses a radio with the keyboard only: Tab on from where the focus is to its
	 * group, Space to choose the first, the arrow keys to move to the value.
	 */
	private static void choose(WebDriver browser, String name, String value) {
		WebElement active = tabTo(browser, element -> name.equals(element.getAttribute("name")));
		if (!active.isSelected()) {
			active.sendKeys(Keys.SPACE);
		}
		for (int i = 0; i < 40 && !value.equals(active.getAttribute("value")); i++) {
			active.sendKeys(Keys.ARROW_RIGHT);
			active = browser.switchTo().activeElement();
		}
		assertThat(radio(browser, name, value).isSelected()).as("%s=%s chosen by keyboard", name, value).isTrue();
	}

	/** Tabs to the submit button with this name and value and presses Enter. */
	private static void submitWith(WebDriver browser, String name, String value) {
		WebElement button = tabTo(browser, element -> name.equals(element.getAttribute("name"))
				&& value.equals(element.getAttribute("value")) && "button".equals(element.getTagName()));
		String before = browser.getCurrentUrl();
		button.sendKeys(Keys.ENTER);
		waitOn(browser).until(d -> !d.getCurrentUrl().equals(before));
	}

	private static WebElement tabTo(WebDriver browser, java.util.function.Predicate<WebElement> wanted) {
		for (int i = 0; i < 600; i++) {
			new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
			WebElement active = browser.switchTo().activeElement();
			if (wanted.test(active)) {
				return active;
			}
		}
		throw new AssertionError("Could not reach the control by Tab on " + browser.getCurrentUrl());
	}

	private static WebElement radio(WebDriver browser, String name, String value) {
		return browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
	}

	private String shareUrl(Map<String, Object> answers) {
		return json
			.readTree(
					post("/api/v1/assessments", "application/json", json.writeValueAsString(Map.of("answers", answers)))
						.body())
			.get("shareUrl")
			.asString();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> base() throws IOException {
		return json.readValue(PatientJourneyBrowserTests.SCENARIOS.resolve("base.json").toFile(), Map.class);
	}

}
