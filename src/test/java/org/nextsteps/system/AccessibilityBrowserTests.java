package org.nextsteps.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nextsteps.BrowserTestSupport;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core in Chromium finds no WCAG 2.2 A/AA violation on the shell's pages. */
class AccessibilityBrowserTests extends BrowserTestSupport {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/, home", "/urgent-help, urgent-help", "/about, about", "/start, start", "/no-such-page, not-found",
			"/options, options", "/options/radiofrequency-ablation, option-rfa" })
	void pageIsAccessible(String path, String name) {
		WebDriver browser = open(path);
		assertThat(browser.getTitle()).isNotBlank();
		assertAccessible(browser);
		screenshots(browser, name);
	}

}
