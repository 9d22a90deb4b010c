package org.nextsteps.editor;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.BrowserTestSupport;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Accounts;
import org.nextsteps.account.Role;
import org.nextsteps.audit.AuditLog;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.DraftText;
import org.nextsteps.content.Readability;
import org.nextsteps.content.TextKind;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.release.Releases;
import org.nextsteps.review.Reviews;
import org.nextsteps.scenario.ScenarioView;
import org.nextsteps.scenario.Scenarios;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's acceptance in Chromium: an author edits an explanation and submits it; the
 * same author cannot approve it; a reviewer approves; the publisher publishes; the
 * patient's page shows the change; a roll-back restores it; the audit log shows each
 * step. A text at grade 45 is refused at publish with its field named, and an override
 * with a reason publishes it and is recorded.
 */
class ReviewBrowserTests extends BrowserTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String HARD = "Notwithstanding comprehensive interdisciplinary musculoskeletal rehabilitation "
			+ "considerations, individualized neurophysiological characterization necessitates multidisciplinary "
			+ "deliberation.";

	@Autowired
	Accounts accounts;

	@Autowired
	ContentDrafts content;

	@Autowired
	RuleDrafts rules;

	@Autowired
	Releases releases;

	@Autowired
	Reviews reviews;

	@Autowired
	Scenarios scenarios;

	@Autowired
	AuditLog audit;

	EditorForms.Snapshot before;

	@BeforeEach
	void remember() {
		before = EditorForms.Snapshot.take(content, rules, releases);
		// texts other tests added stay in the draft: every one has its Spanish first
		EditorTestSupport.translateDraft(content, rules);
	}

	@AfterEach
	void restore() {
		before.restore();
		reviews.withdrawOpen();
	}

	/**
	 * Signs in with both factors (password and passkey, as {@link StaffSession} does).
	 */
	void signIn(WebDriver browser, String username) {
		browser.manage().deleteAllCookies();
		signInAs(browser, username);
		waitFor(browser, By.cssSelector(".staff-user"));
	}

	String shareUrl(Map<String, Object> answers) {
		HttpResponse<String> response = post("/api/v1/assessments", "application/json",
				JSON.writeValueAsString(Map.of("answers", answers)));
		assertThat(response.statusCode()).isEqualTo(200);
		return (String) JSON.readValue(response.body(), Map.class).get("shareUrl");
	}

	/** A scenario whose result shows an explanation, and that explanation. */
	record Shown(ScenarioView scenario, DraftText explanation) {
	}

	Shown anExplanationOnAResult() {
		for (ScenarioView scenario : scenarios.all()) {
			String page = get(URI.create(shareUrl(scenario.answers())).getPath()).body();
			for (DraftText text : content.texts()) {
				// not the one that says a complication needs a check (H04): its title is
				// not for retitling
				if (text.kind() == TextKind.EXPLANATION && !text.key().equals("complication_first")
						&& page.contains(">" + text.content().title() + "<")) {
					return new Shown(scenario, text);
				}
			}
		}
		throw new AssertionError("no scenario shows an explanation");
	}

	String pageOf(Shown shown) {
		return get(URI.create(shareUrl(shown.scenario().answers())).getPath()).body();
	}

	void submitForReview(WebDriver browser, String summary) {
		open("/editor/review");
		browser.findElement(By.id("summary")).sendKeys(summary);
		for (WebElement touched : browser.findElements(
				By.xpath("//input[@name='hazard'][following-sibling::label//span[contains(@class,'status')]]"))) {
			touched.click();
		}
		assertAccessible(browser);
		screenshots(browser, "editor-review-submit");
		clickAndWait(browser, browser.findElement(By.id("submit-review")));
		assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText())
			.contains("submitted for clinical review");
	}

	/**
	 * Writes the Spanish of a changed English text on its form (issue 14: nothing is
	 * published while a patient text lacks its Spanish).
	 */
	void writeSpanish(WebDriver browser, String english, String spanish) {
		open("/editor/translations");
		clickAndWait(browser, browser.findElement(By.cssSelector(
				"a[href='/editor/translations/" + org.nextsteps.content.DraftTranslation.hash(english) + "']")));
		browser.findElement(By.id("spanish")).sendKeys(spanish);
		assertThat(browser.findElement(By.id("spanish-inflesz")).getText()).contains("INFLESZ");
		clickAndWait(browser, browser.findElement(By.cssSelector(".actions button[type=submit]")));
		assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText()).contains("Spanish saved");
	}

	void approveAs(WebDriver browser, String reviewer) {
		signIn(browser, reviewer);
		open("/editor/review");
		assertAccessible(browser);
		screenshots(browser, "editor-review-decide");
		browser.findElement(By.id("comment")).sendKeys("Checked against the sources");
		clickAndWait(browser, browser.findElement(By.id("approve-button")));
		assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText()).contains("You approved the draft");
	}

	@Test
	void anExplanationGoesFromAuthorThroughReviewerAndPublisherToPatientsAndBack() {
		Shown shown = anExplanationOnAResult();
		String key = shown.explanation().key();
		String oldTitle = shown.explanation().content().title();
		String newTitle = "The needle may not have reached the sore spot";
		long live = releases.current().id();
		String author = StaffSession.newUser(accounts, Role.CLINICAL_REVIEWER);
		String reviewer = StaffSession.newUser(accounts, Role.CLINICAL_REVIEWER);
		String publisher = StaffSession.newUser(accounts, Role.PUBLISHER);

		WebDriver browser = browser();
		signIn(browser, author);
		open("/editor/texts/explanation/" + key);
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys(newTitle);
		clickAndWait(browser, browser.findElement(By.cssSelector(".actions button[type=submit]")));
		assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText()).contains("were saved in the draft");
		String spanishTitle = "Puede que la aguja no llegara al punto que duele";
		writeSpanish(browser, newTitle, spanishTitle);
		submitForReview(browser, "A plainer title for one explanation");
		// the author, though a reviewer, cannot approve their own change
		open("/editor/review");
		assertThat(browser.findElement(By.id("review-status")).getText())
			.contains("You changed or submitted this draft");
		assertThat(browser.findElements(By.id("approve-button"))).isEmpty();

		approveAs(browser, reviewer);

		signIn(browser, publisher);
		open("/editor/publish");
		assertThat(browser.findElement(By.id("approval")).getText()).contains("Approved for publishing by " + reviewer);
		assertAccessible(browser);
		screenshots(browser, "editor-publish-approved");
		browser.findElement(By.id("note")).sendKeys("A plainer explanation title");
		clickAndWait(browser, browser.findElement(By.id("publish-button")));
		assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText())
			.contains("Release " + (live + 1) + " is published");
		assertThat(pageOf(shown)).contains(">" + newTitle + "<").doesNotContain(">" + oldTitle + "<");
		assertThat(get("/es" + URI.create(shareUrl(shown.scenario().answers())).getPath()).body())
			.contains(">" + spanishTitle + "<");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Approved by " + reviewer);

		// roll back to the release before: patients see the old title again
		open("/editor/releases/" + live + "/rollback");
		browser.findElement(By.id("note")).sendKeys("Undo the title change");
		clickAndWait(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));
		assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText()).contains("Release " + (live + 2));
		assertThat(releases.current().id()).isEqualTo(live + 2);
		assertThat(pageOf(shown)).contains(">" + oldTitle + "<");

		// the audit log shows each step, fields by their labels
		signIn(browser, StaffSession.newUser(accounts, Role.ADMIN));
		open("/editor/audit");
		String log = browser.findElement(By.tagName("main")).getText();
		assertThat(log).contains("Changed an explanation", "Submitted the draft for clinical review",
				"Approved the draft", "Published a release", "Rolled back", author, reviewer, publisher);
		// each entry's fields (collapsed) by their labels, not their internal names
		assertThat(browser.getPageSource()).contains("<th scope=\"row\">Title</th>")
			.contains("<th scope=\"row\">What changes and why</th>");
		assertAccessible(browser);
	}

	@Test
	void aTextAtGradeFortyFiveIsRefusedAtPublishWithItsFieldNamedUntilAnOverrideWithAReason() {
		assertThat(Readability.grade(HARD)).isGreaterThan(30);
		Shown shown = anExplanationOnAResult();
		long live = releases.current().id();
		WebDriver browser = browser();
		signIn(browser, StaffSession.newUser(accounts, Role.EDITOR));
		open("/editor/texts/explanation/" + shown.explanation().key());
		WebElement body = browser.findElement(By.id("body"));
		body.clear();
		body.sendKeys(HARD);
		assertThat(browser.findElement(By.id("body-grade")).getText()).contains("above grade 8");
		clickAndWait(browser, browser.findElement(By.cssSelector(".actions button[type=submit]")));
		waitFor(browser, By.cssSelector("[role=status]"));
		writeSpanish(browser,
				content.text(TextKind.EXPLANATION, shown.explanation().key()).orElseThrow().content().body(),
				"Texto técnico a propósito.");
		submitForReview(browser, "Technical wording, on purpose");
		approveAs(browser, StaffSession.newUser(accounts, Role.CLINICAL_REVIEWER));

		signIn(browser, StaffSession.newUser(accounts, Role.PUBLISHER));
		open("/editor/publish");
		String named = "Explanation: " + shown.explanation().content().title() + ", Text: Reading grade";
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(named);
		browser.findElement(By.id("note")).sendKeys("Harder words");
		clickAndWait(browser, browser.findElement(By.id("publish-button")));
		assertThat(waitFor(browser, By.cssSelector(".error-summary")).getText())
			.contains("fields read above grade 8, so nothing was published");
		assertThat(releases.current().id()).isEqualTo(live);
		assertAccessible(browser);

		browser.findElement(By.id("override")).click();
		browser.findElement(By.id("reason")).sendKeys("The reviewer kept the terms on purpose");
		WebElement note = browser.findElement(By.id("note"));
		note.clear();
		note.sendKeys("Harder words");
		clickAndWait(browser, browser.findElement(By.id("publish-button")));
		waitFor(browser, By.cssSelector("[role=status]"));
		assertThat(releases.current().id()).isEqualTo(live + 1);
		assertThat(releases.current().info().note()).contains("1 field(s) read above grade 8",
				"The reviewer kept the terms on purpose");
		assertThat(pageOf(shown)).contains("multidisciplinary deliberation");
	}

}
