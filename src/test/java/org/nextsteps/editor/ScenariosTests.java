package org.nextsteps.editor;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nextsteps.StaffSession;
import org.nextsteps.account.Role;
import org.nextsteps.scenario.Expectation;
import org.nextsteps.scenario.ScenarioView;
import org.nextsteps.scenario.Scenarios;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios: seeded from the shared visible set, all passing on the seed, and kept by
 * editors.
 */
class ScenariosTests extends EditorTestSupport {

	@Autowired
	Scenarios scenarios;

	@Autowired
	JsonMapper json;

	StaffSession editor;

	@BeforeEach
	void setUp() {
		editor = signIn(Role.EDITOR);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theVisibleScenariosAreTheFirstSetAndAllPassOnThePublishedRelease() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/scenarios/visible.json")) {
			List<Map<String, Object>> cases = (List<Map<String, Object>>) JsonMapper.builder()
				.build()
				.readValue(in, Map.class)
				.get("cases");
			List<String> names = scenarios.all().stream().map(ScenarioView::name).toList();
			assertThat(names).containsAll(cases.stream().map(c -> (String) c.get("name")).toList());
		}
		assertThat(scenarios.run(releases.current()))
			.allSatisfy(result -> assertThat(result.failures()).as(result.scenario().name()).isEmpty());
		assertThat(editor.get("/editor/scenarios").body()).contains("Passes").doesNotContain("Fails");
	}

	@Test
	void anEditorAddsChangesAndDeletesAScenarioAndEachStepIsAudited() {
		String name = "Test scenario " + System.nanoTime();
		HttpResponse<String> created = editor.post("/editor/scenarios", "name", name, "expectations[0].type", "in_top",
				"expectations[0].option", "physical-therapy", "expectations[0].n", "40", "a.red_flags", "none",
				"a.injection_type", "epidural_steroid", "a.spine_region", "lower_back", "a.injection_count", "one",
				"a.image_guidance", "yes", "a.time_since_injection", "2_to_6_weeks", "a.relief_duration", "none",
				"a.pain_now_vs_before", "same", "a.pain_location", "back_or_neck", "a.numbness_tingling", "no",
				"a.walking_worse", "no", "a.pain_duration", "3_to_12_months", "a.pain_score", "6", "a.daily_impact",
				"moderate", "a.imaging", "none", "a.previous_spine_surgery", "no", "a.other_conditions", "none",
				"a.age_band", "20_to_49", "a.tried", "home_exercise");
		assertThat(created.statusCode()).isEqualTo(302);
		ScenarioView view = scenarios.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
		assertThat(view.answers()).containsEntry("pain_score", 6).containsEntry("tried", List.of("home_exercise"));
		assertThat(view.expectations()).containsExactly(new Expectation.InTop("physical-therapy", 40));
		assertThat(editor.get("/editor/scenarios/" + view.id()).body()).contains(name);

		HttpResponse<String> invalid = editor.post("/editor/scenarios/" + view.id(), "name", name, "version",
				String.valueOf(view.version()), "expectations[0].type", "in_top", "expectations[0].option",
				"physical-therapy", "a.pain_score", "11");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Some answers are not valid");

		assertThat(editor.post("/editor/scenarios/" + view.id() + "/delete").statusCode()).isEqualTo(302);
		assertThat(scenarios.find(view.id())).isEmpty();
		assertThat(audit.about("scenario", String.valueOf(view.id()), 5)).extracting(e -> e.action())
			.containsExactly("scenario.delete", "scenario.create");
		assertThat(editor.get("/editor/scenarios/" + view.id()).statusCode()).isEqualTo(404);
	}

	/**
	 * Issue 18: editors saving one scenario, or one new name, at the same moment get 302
	 * or 409, never a 500.
	 */
	@Test
	void concurrentSavesOfAScenarioGiveTheConflictPageNotA500() throws Exception {
		String name = "Raced scenario " + System.nanoTime();
		String[] answers = { "a.red_flags", "none", "a.injection_type", "facet_joint", "a.spine_region", "lower_back",
				"a.injection_count", "one", "a.image_guidance", "yes", "a.time_since_injection", "2_to_6_weeks",
				"a.relief_duration", "none", "a.pain_now_vs_before", "same", "a.pain_location", "back_or_neck",
				"a.numbness_tingling", "no", "a.walking_worse", "no", "a.pain_duration", "3_to_12_months",
				"a.pain_score", "6", "a.daily_impact", "moderate", "a.imaging", "none", "a.previous_spine_surgery",
				"no", "a.other_conditions", "none", "a.age_band", "20_to_49", "a.tried", "home_exercise" };
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<Integer>> creates = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				creates.add(pool.submit(
						() -> editor
							.post("/editor/scenarios",
									concat(new String[] { "name", name, "expectations[0].type", "present",
											"expectations[0].option", "physical-therapy" }, answers))
							.statusCode()));
			}
			for (var status : creates) {
				assertThat(status.get()).isIn(302, 400, 409);
			}
			assertThat(scenarios.all().stream().filter(s -> s.name().equals(name)).count()).isEqualTo(1);
			ScenarioView view = scenarios.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
			List<java.util.concurrent.Future<Integer>> saves = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				saves
					.add(pool.submit(
							() -> editor
								.post("/editor/scenarios/" + view.id(),
										concat(new String[] { "name", name + " " + n, "version",
												String.valueOf(view.version()), "expectations[0].type", "present",
												"expectations[0].option", "physical-therapy" }, answers))
								.statusCode()));
			}
			int saved = 0;
			for (var status : saves) {
				int code = status.get();
				assertThat(code).isIn(302, 409);
				saved += code == 302 ? 1 : 0;
			}
			assertThat(saved).as("exactly one save of that version wins").isEqualTo(1);
			assertThat(editor.post("/editor/scenarios/" + view.id() + "/delete").statusCode()).isEqualTo(302);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	/**
	 * Issue 16: two editors change a scenario at once, one its answers, the other its
	 * name; the second save is merged, keeping the colleague's answers.
	 */
	@Test
	void aConcurrentScenarioEditKeepsTheColleaguesAnswers() {
		String name = "Merge scenario " + System.nanoTime();
		List<String> answers = List.of("a.red_flags", "none", "a.injection_type", "epidural_steroid", "a.spine_region",
				"lower_back", "a.injection_count", "one", "a.image_guidance", "yes", "a.time_since_injection",
				"2_to_6_weeks", "a.relief_duration", "none", "a.pain_now_vs_before", "same", "a.pain_location",
				"back_or_neck", "a.numbness_tingling", "no", "a.walking_worse", "no", "a.pain_duration",
				"3_to_12_months", "a.pain_score", "6", "a.daily_impact", "moderate", "a.imaging", "none",
				"a.previous_spine_surgery", "no", "a.other_conditions", "none", "a.age_band", "20_to_49", "a.tried",
				"home_exercise");
		List<String> fields = new java.util.ArrayList<>(List.of("name", name, "expectations[0].type", "in_top",
				"expectations[0].option", "physical-therapy", "expectations[0].n", "40"));
		fields.addAll(answers);
		assertThat(editor.post("/editor/scenarios", fields.toArray(String[]::new)).statusCode()).isEqualTo(302);
		ScenarioView view = scenarios.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
		// what both editors opened
		ScenarioForm opened = ScenarioForm.of(view);
		List<String> base = new java.util.ArrayList<>();
		opened.getBase().forEach((k, v) -> base.addAll(List.of("base[" + k + "]", v)));
		// the first changes the pain score
		List<String> first = new java.util.ArrayList<>(fields);
		first.set(first.indexOf("a.pain_score") + 1, "8");
		first.addAll(List.of("version", String.valueOf(view.version())));
		first.addAll(base);
		assertThat(editor.post("/editor/scenarios/" + view.id(), first.toArray(String[]::new)).statusCode())
			.isEqualTo(302);
		// the second, from the same version, renames it: merged, their score kept
		StaffSession other = signIn(org.nextsteps.account.Role.EDITOR);
		List<String> second = new java.util.ArrayList<>(fields);
		second.set(1, name + " renamed");
		second.addAll(List.of("version", String.valueOf(view.version())));
		second.addAll(base);
		HttpResponse<String> merged = other.post("/editor/scenarios/" + view.id(), second.toArray(String[]::new));
		assertThat(merged.statusCode()).isEqualTo(409);
		assertThat(merged.body()).contains("Answers: the change " + editor.username() + " made is kept.",
				"Name: your change is kept.");
		ScenarioView now = scenarios.find(view.id()).orElseThrow();
		assertThat(now.answers()).containsEntry("pain_score", 8);
		ScenarioForm resent = ScenarioForm.of(now);
		List<String> again = new java.util.ArrayList<>(
				List.of("name", name + " renamed", "expectations[0].type", "in_top", "expectations[0].option",
						"physical-therapy", "expectations[0].n", "40", "version", String.valueOf(now.version())));
		resent.getBase().forEach((k, v) -> again.addAll(List.of("base[" + k + "]", v)));
		List<String> theirAnswers = new java.util.ArrayList<>(answers);
		theirAnswers.set(theirAnswers.indexOf("a.pain_score") + 1, "8");
		again.addAll(theirAnswers);
		assertThat(other.post("/editor/scenarios/" + view.id(), again.toArray(String[]::new)).statusCode())
			.isEqualTo(302);
		ScenarioView after = scenarios.find(view.id()).orElseThrow();
		assertThat(after.name()).isEqualTo(name + " renamed");
		assertThat(after.answers()).containsEntry("pain_score", 8);
		assertThat(editor.post("/editor/scenarios/" + view.id() + "/delete").statusCode()).isEqualTo(302);
	}

	@Test
	void aScenarioNeedsANameAndCompleteExpectations() {
		HttpResponse<String> response = editor.post("/editor/scenarios", "name", "", "expectations[0].type", "in_top",
				"expectations[0].option", "physical-therapy", "a.red_flags", "bladder_bowel_change");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Give a name of 1 to 200 characters.")
			.contains("Complete this expectation");
	}

	@Test
	/**
	 * A knee injection of the clinical set: no spine words in its reasons or
	 * explanations.
	 */
	void theTextExpectationsOfTheSharedFilesAreKeptAndEditedToo() {
		String name = "Text scenario " + System.nanoTime();
		String[] answers = { "a.red_flags", "none", "a.injection_type", "joint_or_tendon_steroid", "a.injection_count",
				"one", "a.image_guidance", "yes", "a.time_since_injection", "2_to_6_weeks", "a.relief_duration", "none",
				"a.pain_now_vs_before", "same", "a.pain_location", "joint_or_limb", "a.numbness_tingling", "no",
				"a.walking_worse", "no", "a.pain_duration", "over_1_year", "a.pain_score", "6", "a.daily_impact",
				"moderate", "a.imaging", "ct_or_xray_only", "a.imaging_findings", "joint_arthritis",
				"a.previous_spine_surgery", "no", "a.other_conditions", "none", "a.age_band", "50_to_69", "a.tried",
				"home_exercise", "a.tried", "anti_inflammatories" };
		HttpResponse<String> bad = editor.post("/editor/scenarios",
				concat(new String[] { "name", name, "expectations[0].type", "reasons_not_matching",
						"expectations[0].text", "(?i)spine(", "expectations[1].type", "explanation_absent",
						"expectations[1].explanation", "no-such-explanation" }, answers));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("Complete this expectation")
			.contains("href=\"#expectations0.type\"", "href=\"#expectations1.type\"");

		HttpResponse<String> created = editor.post("/editor/scenarios",
				concat(new String[] { "name", name, "expectations[0].type", "reasons_not_matching",
						"expectations[0].text", "(?i)\\bspine\\b", "expectations[1].type", "explanations_not_matching",
						"expectations[1].text", "(?i)facet" }, answers));
		assertThat(created.statusCode()).isEqualTo(302);
		ScenarioView view = scenarios.all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
		assertThat(view.expectations()).containsExactly(new Expectation.ReasonsNotMatching("(?i)\\bspine\\b"),
				new Expectation.ExplanationsNotMatching("(?i)facet"));
		assertThat(editor.get("/editor/scenarios/" + view.id()).body()).contains("value=\"(?i)facet\"");
		assertThat(scenarios.run(view, releases.current()).failures()).isEmpty();
		assertThat(editor.post("/editor/scenarios/" + view.id() + "/delete").statusCode()).isEqualTo(302);
	}

	@Test
	void anExpectationMustNameAnOptionOfTheDraft() {
		String name = "Test scenario " + System.nanoTime();
		HttpResponse<String> response = editor.post("/editor/scenarios", "name", name, "expectations[0].type",
				"present", "expectations[0].option", "no-such-option-".repeat(600), "a.red_flags",
				"bladder_bowel_change");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Complete this expectation");
		assertThat(scenarios.all()).noneMatch(s -> s.name().equals(name));
	}

	@Test
	void thePreviewShowsTheDraftAndThePublishedResultSideBySide() {
		ScenarioView scenario = scenarios.all().get(2);
		String page = editor.get("/editor/preview?scenario=" + scenario.id()).body();
		assertThat(page).contains(scenario.name())
			.contains("id=\"ranking\"")
			.contains("/editor/preview/frame/draft?")
			.contains("/editor/preview/frame/published?");
		String query = page
			.substring(page.indexOf("/editor/preview/frame/draft?") + "/editor/preview/frame/draft?".length());
		query = query.substring(0, query.indexOf('"')).replace("&amp;", "&");
		HttpResponse<String> frame = editor.get("/editor/preview/frame/draft?" + query);
		assertThat(frame.statusCode()).isEqualTo(200);
		assertThat(frame.body()).contains("Your next steps");
		assertThat(frame.body()).as("a preview has no share link")
			.doesNotContain("href=\"/r/", "id=\"share\"", "id=\"weigh\"");
		assertThat(frame.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(frame.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self'"));
		assertThat(editor.get("/editor/preview").headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(editor.get("/editor/preview/frame/draft?a.pain_score=99").statusCode()).isEqualTo(400);
		assertThat(editor.get("/editor/preview?scenario=999999").statusCode()).isEqualTo(404);
	}

	@Test
	void thePreviewShowsThePagesInEitherLanguageAndCountsTheTextsWithoutSpanish() {
		ScenarioView scenario = scenarios.all().get(2);
		String english = editor.get("/editor/preview?scenario=" + scenario.id()).body();
		assertThat(english).contains("id=\"preview-languages\"", "lang=en", "aria-current=\"page\"")
			.doesNotContain("id=\"spanish-missing\"");
		String page = editor.get("/editor/preview?scenario=" + scenario.id() + "&lang=es").body();
		assertThat(page).contains("/editor/preview/frame/draft?", "name=\"lang\" value=\"es\"")
			.as("the forms keep the language")
			.doesNotContain("id=\"spanish-missing\"");
		String query = page
			.substring(page.indexOf("/editor/preview/frame/draft?") + "/editor/preview/frame/draft?".length());
		query = query.substring(0, query.indexOf('"')).replace("&amp;", "&");
		assertThat(query).endsWith("lang=es");
		// the top option of these answers, as the Spanish API names it
		String top = json
			.readTree(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.header("Accept-Language", "es")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString(json.writeValueAsString(Map.of("answers", scenario.answers()))))
				.build()).body())
			.get("options")
			.get(0)
			.get("title")
			.asString();
		assertThat(page).as("the ranking names the options in Spanish")
			.contains(org.unbescape.html.HtmlEscape.escapeHtml4Xml(top));
		for (String side : List.of("draft", "published")) {
			HttpResponse<String> frame = editor.get("/editor/preview/frame/" + side + "?" + query);
			assertThat(frame.statusCode()).isEqualTo(200);
			assertThat(frame.headers().firstValue("Content-Language")).hasValue("es");
			assertThat(frame.body()).contains("<html lang=\"es\">", org.unbescape.html.HtmlEscape.escapeHtml4Xml(top))
				.doesNotContain("Your next steps");
		}
		assertThat(editor.get("/editor/preview?scenario=" + scenario.id() + "&lang=fr").statusCode()).isEqualTo(400);
		assertThat(editor.get("/editor/preview/frame/draft?" + query.replace("lang=es", "lang=xx")).statusCode())
			.isEqualTo(400);

		// an English text changed in the draft has no Spanish yet: the Spanish preview
		// says how many, and links to them
		String slug = "physical-therapy";
		OptionForm form = OptionForm.of(content.option(slug).orElseThrow());
		form.setSummary("Exercises with a therapist, done at home most days, to make your back strong.");
		assertThat(editor.post("/editor/options/" + slug, EditorForms.array(EditorForms.option(form))).statusCode())
			.isEqualTo(302);
		assertThat(editor.get("/editor/preview?scenario=" + scenario.id() + "&lang=es").body()).contains(
				"id=\"spanish-missing\"", "1 patient text of the draft has no Spanish yet",
				"/editor/translations?show=missing");
	}

}
