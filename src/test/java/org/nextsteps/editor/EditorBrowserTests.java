package org.nextsteps.editor;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.BrowserTestSupport;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Accounts;
import org.nextsteps.account.Role;
import org.nextsteps.content.ContentDrafts;
import org.nextsteps.content.Explanation;
import org.nextsteps.pathway.CompiledRuleSet;
import org.nextsteps.pathway.Evaluation;
import org.nextsteps.pathway.Evaluator;
import org.nextsteps.pathway.RuleDefinition;
import org.nextsteps.pathway.RuleDrafts;
import org.nextsteps.pathway.RuleKind;
import org.nextsteps.pathway.RuleSetCompiler;
import org.nextsteps.pathway.RuleTargets;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.release.Releases;
import org.nextsteps.scenario.ScenarioCheck;
import org.nextsteps.scenario.ScenarioView;
import org.nextsteps.scenario.Scenarios;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor area in a real browser: the whole path from a rule's weight to a patient's
 * result, and accessibility.
 */
class EditorBrowserTests extends BrowserTestSupport {

	/**
	 * Every kind of editor page. The list of rules is scanned filtered: its 351 rows have
	 * the markup of the filtered list's, and axe-core took 33 s over them.
	 */
	static final List<String> PAGES = List.of("/editor", "/editor/options", "/editor/options/radiofrequency-ablation",
			"/editor/options/new", "/editor/rules/new", "/editor/scenarios",
			"/editor/scenarios/" + SeededScenarios.EMERGENCY_ID, "/editor/preview",
			"/editor/preview?scenario=" + SeededScenarios.RADIOFREQUENCY_ID, "/editor/publish", "/editor/releases",
			"/editor/releases/diff?from=1&to=1", "/editor/audit", "/editor/users", "/editor/users/admin",
			"/editor/password", "/editor/rules/flag-bladder-bowel-change/off",
			"/editor/rules/flag-bladder-bowel-change", "/editor/rules?kind=disposition&status=on", "/editor/texts",
			"/editor/texts/safety/sn_bladder_bowel", "/editor/texts/question/new", "/editor/review",
			"/editor/texts/about/funding.body", "/editor/translations?show=all&q=sn_bladder");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Accounts accounts;

	@Autowired
	Scenarios scenarios;

	@Autowired
	ContentDrafts content;

	@Autowired
	RuleDrafts rules;

	@Autowired
	Releases releases;

	@Autowired
	org.nextsteps.review.Reviews reviews;

	long scenarioId(String name) {
		return scenarios.all().stream().filter(scenario -> scenario.name().equals(name)).findFirst().orElseThrow().id();
	}

	void signIn(WebDriver browser, String username) {
		browser.manage().deleteAllCookies();
		signInAs(browser, username);
		waitFor(browser, By.cssSelector(".staff-user"));
		assertThat(browser.getCurrentUrl()).endsWith("/editor");
	}

	@Test
	void theSignInPageAndEveryEditorPageHaveNoWcagViolations() {
		WebDriver browser = open("/login");
		assertAccessible(browser);
		screenshots(browser, "editor-login");
		signIn(browser, StaffSession.newUser(accounts, Role.ADMIN));
		for (String path : PAGES) {
			open(SeededScenarios.resolve(path, this::scenarioId));
			assertThat(browser.getTitle()).as(path).isNotBlank();
			assertAccessible(browser);
			screenshots(browser, "editor" + path.replaceAll("[^a-z0-9]+", "-"));
		}
		// a refused form too: the error summary and field errors
		open("/editor/rules/new");
		clickAndWait(browser, browser.findElement(By.cssSelector(".actions button[value=save]")));
		assertThat(waitFor(browser, By.cssSelector(".error-summary")).isDisplayed()).isTrue();
		assertAccessible(browser);
	}

	@Test
	void theLiveReadingGradeMatchesTheServers() {
		WebDriver browser = browser();
		signIn(browser, StaffSession.newUser(accounts, Role.EDITOR));
		open("/editor/options/physical-therapy");
		WebElement summary = browser.findElement(By.id("summary"));
		summary.clear();
		String text = "Physiotherapy rehabilitation programmes incorporate individualised strengthening.";
		summary.sendKeys(text);
		String shown = browser.findElement(By.id("summary-grade")).getText();
		assertThat(shown)
			.contains(String.format(java.util.Locale.ROOT, "%.1f", org.nextsteps.content.Readability.grade(text)))
			.contains("above grade 8");
	}

	/**
	 * Issue 14: the Spanish form's live INFLESZ (inflesz.js) is the server's
	 * (SpanishReadability), numbers read aloud, codes and abbreviations included; the
	 * form is accessible.
	 */
	@Test
	void theLiveInfleszMatchesTheServers() {
		WebDriver browser = browser();
		signIn(browser, StaffSession.newUser(accounts, Role.EDITOR));
		String english = content.text(org.nextsteps.content.TextKind.SAFETY, "sn_bladder_bowel")
			.orElseThrow()
			.content()
			.body();
		open("/editor/translations/" + org.nextsteps.content.DraftTranslation.hash(english));
		assertAccessible(browser);
		WebElement spanish = browser.findElement(By.id("spanish"));
		spanish.clear();
		String text = "Según la guía NICE NG59, el Dr. le pondrá aprox. 2,5 ml; 1.500 personas lo recibieron en 2024, "
				+ "con resultados extraordinariamente heterogéneos e interdependientes.";
		spanish.sendKeys(text);
		String shown = browser.findElement(By.id("spanish-inflesz")).getText();
		double score = org.nextsteps.content.SpanishReadability.inflesz(text);
		assertThat(score).isLessThan(org.nextsteps.content.SpanishReadability.MIN_INFLESZ);
		assertThat(shown).contains(String.format(java.util.Locale.ROOT, "INFLESZ %.1f", score))
			.contains(org.nextsteps.content.SpanishReadability.band(score).label())
			.contains("under 65");
	}

	/**
	 * The acceptance path: a publisher signs in, changes one rule's weight, previews a
	 * scenario, publishes; the patient's result for those answers changes, and a share
	 * link made before still shows the earlier release.
	 */
	@Test
	void aWeightChangeGoesFromTheEditorToPatientsWhileOldShareLinksKeepTheirRelease() throws Exception {
		EditorForms.Snapshot before = EditorForms.Snapshot.take(content, rules, releases);
		try {
			Choice choice = aChangeThatMovesAScenarioAndKeepsAllPassing();
			String oldLink = shareUrl(choice.scenario().answers());
			long oldRelease = releases.current().id();
			List<String> oldOrder = titlesOn(oldLink);

			WebDriver browser = browser();
			signIn(browser, StaffSession.newUser(accounts, Role.PUBLISHER));
			open("/editor/rules/" + choice.rule().key());
			WebElement weight = browser.findElement(By.id("weight"));
			weight.clear();
			weight.sendKeys(String.valueOf(choice.weight()));
			clickAndWait(browser, browser.findElement(By.cssSelector(".actions button[value=save]")));
			assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText()).contains(choice.rule().key());

			open("/editor/preview");
			new Select(browser.findElement(By.id("scenario"))).selectByVisibleText(choice.scenario().name());
			clickAndWait(browser, browser.findElement(By.id("preview-scenario")));
			assertThat(waitFor(browser, By.id("ranking")).getText()).contains("moved");
			assertThat(browser.findElements(By.cssSelector("iframe.preview-frame"))).hasSize(2);
			assertAccessible(browser);
			screenshots(browser, "editor-preview-after-change");
			// the same preview in Spanish: the pages in the frames follow
			clickAndWait(browser, browser.findElement(By.cssSelector("#preview-languages a[lang=es]")));
			waitFor(browser, By.cssSelector("#preview-languages a[lang=es][aria-current=page]"));
			WebElement frame = browser.findElement(By.cssSelector("iframe.preview-frame"));
			assertThat(frame.getAttribute("src")).endsWith("lang=es");
			browser.switchTo().frame(frame);
			assertThat(waitFor(browser, By.tagName("html")).getAttribute("lang")).isEqualTo("es");
			browser.switchTo().defaultContent();
			assertAccessible(browser);
			screenshots(browser, "editor-preview-spanish");

			String checksum = releases.draft().checksum();
			var review = reviews.submit(checksum, releases.current().id(), "test-author", "Raise a weight",
					List.of("H08"), java.util.Set.of("test-author"));
			reviews.approve(review.id(), checksum, "test-reviewer", List.of());
			open("/editor/publish");
			browser.findElement(By.id("note")).sendKeys("Raise " + choice.rule().key());
			clickAndWait(browser, browser.findElement(By.id("publish-button")));
			WebElement published = waitFor(browser, By.cssSelector("[role=status]"));
			assertThat(browser.getCurrentUrl()).endsWith("/editor/releases");
			assertThat(published.getText()).contains("Release " + (oldRelease + 1) + " is published");

			String newLink = shareUrl(choice.scenario().answers());
			assertThat(newLink).isNotEqualTo(oldLink);
			assertThat(titlesOn(newLink)).as("the patient's result changed").isNotEqualTo(oldOrder);
			assertThat(titlesOn(oldLink)).as("the old share link keeps its release").isEqualTo(oldOrder);
			open(URI.create(oldLink).getPath());
			assertThat(browser.findElement(By.tagName("main")).getText())
				.contains("This result uses content release " + oldRelease);
			assertThat(browser.findElement(By.cssSelector(".site-footer__release")).getText())
				.contains("Content release " + oldRelease);
		}
		finally {
			before.restore();
			reviews.withdrawOpen();
		}
	}

	record Choice(ScenarioView scenario, RuleDefinition rule, int weight) {
	}

	/**
	 * Finds a rule weight that changes one scenario's ranking while every scenario still
	 * passes.
	 */
	Choice aChangeThatMovesAScenarioAndKeepsAllPassing() {
		List<RuleDefinition> table = rules.all();
		var draft = content.snapshot();
		RuleTargets targets = RuleTargets.of(draft);
		AnswerValidator validator = new AnswerValidator(Questionnaire.standard());
		Evaluator evaluator = new Evaluator();
		List<ScenarioView> all = scenarios.all();
		CompiledRuleSet current = RuleSetCompiler.compile(table, targets);
		for (RuleDefinition rule : table) {
			if (!rule.enabled() || rule.kind() != RuleKind.SUGGEST) {
				continue;
			}
			for (int weight : new int[] { 100, 60, 30, 1 }) {
				List<RuleDefinition> changed = new ArrayList<>(table);
				changed.set(table.indexOf(rule), new RuleDefinition(rule.key(), rule.kind(), rule.when(), rule.target(),
						weight, rule.reason(), rule.sources(), true));
				CompiledRuleSet compiled = RuleSetCompiler.compile(changed, targets);
				boolean allPass = true;
				ScenarioView moved = null;
				for (ScenarioView scenario : all) {
					Answers answers = validator.validate(scenario.answers()).answers();
					Evaluation after = evaluator.evaluate(answers, compiled);
					List<Explanation> shown = after.explanationKeys()
						.stream()
						.flatMap(key -> draft.explanations().stream().filter(x -> x.key().equals(key)))
						.toList();
					allPass &= ScenarioCheck.check(scenario.expectations(), after, shown).isEmpty();
					if (moved == null && !after.options().equals(evaluator.evaluate(answers, current).options())
							&& !after.options()
								.stream()
								.map(o -> o.slug())
								.toList()
								.equals(evaluator.evaluate(answers, current)
									.options()
									.stream()
									.map(o -> o.slug())
									.toList())) {
						moved = scenario;
					}
				}
				if (allPass && moved != null) {
					return new Choice(moved, rule, weight);
				}
			}
		}
		throw new AssertionError("no single weight change moves a scenario and keeps all passing");
	}

	String shareUrl(Map<String, Object> answers) {
		HttpResponse<String> response = post("/api/v1/assessments", "application/json",
				JSON.writeValueAsString(Map.of("answers", answers)));
		assertThat(response.statusCode()).isEqualTo(200);
		return (String) JSON.readValue(response.body(), Map.class).get("shareUrl");
	}

	/** The option titles of a result page, in ranked order. */
	List<String> titlesOn(String shareUrl) {
		String page = get(URI.create(shareUrl).getPath()).body();
		// full cards and compact ones (grouped by stage) both name their rank before
		// their link
		java.util.TreeMap<Integer, String> byRank = new java.util.TreeMap<>();
		var matcher = java.util.regex.Pattern
			.compile(">Option (\\d+)</(?:p|span)>.*?<a href=\"/options/([a-z0-9-]+)[?\"]",
					java.util.regex.Pattern.DOTALL)
			.matcher(page);
		while (matcher.find()) {
			byRank.put(Integer.parseInt(matcher.group(1)), matcher.group(2));
		}
		List<String> titles = new ArrayList<>(byRank.values());
		assertThat(titles).as("options on %s", shareUrl).isNotEmpty();
		return titles;
	}

}
