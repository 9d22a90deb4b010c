package org.nextsteps.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the language lives in the URL ({@code /es/} for Spanish), never in a cookie;
 * every page links to itself in the other language, keeping its place; the home page
 * follows {@code Accept-Language} once; staff paths have no Spanish form; the APIs answer
 * in the language of {@code Accept-Language} and say so.
 */
class LanguageTests extends WebTestSupport {

	@Autowired
	JsonMapper json;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	org.nextsteps.release.Releases releases;

	@Test
	void aSpanishPageSaysItsLanguageAndLinksToItselfInEnglish() {
		HttpResponse<String> page = get("/es/start?injection_type=facet_joint");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Language")).contains("es");
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(page.body()).contains("<html lang=\"es\">", "action=\"/es/start\"", "href=\"/es/urgent-help\"",
				"href=\"/es/css/nextsteps.css\"");
		assertThat(page.body()).as("the same step, with the same answers, in English")
			.contains("class=\"language-link\" href=\""
					+ "/start?injection_type=facet_joint\" hreflang=\"en\" lang=\"en\">English</a>");
		assertThat(page.body())
			.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"/es/start?injection_type=facet_joint\">");

		String english = get("/start?injection_type=facet_joint").body();
		assertThat(english).contains("<html lang=\"en\">", "action=\"/start\"",
				"href=\"" + "/es/start?injection_type=facet_joint\" hreflang=\"es\" lang=\"es\">Español</a>");
		assertThat(get("/es/css/nextsteps.css").statusCode()).isEqualTo(200);
		// each language's reading level, measured on its own texts
		assertThat(get("/es/about").body()).contains("INFLESZ").doesNotContain("Flesch-Kincaid", "SMOG");
		assertThat(get("/about").body()).contains("Flesch-Kincaid", "SMOG").doesNotContain("INFLESZ");
		// dates as each language writes them
		assertThat(get("/es/options/physical-therapy").body()).containsPattern(
				"\\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \\d{4}");
		assertThat(get("/options/physical-therapy").body()).containsPattern(
				"\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}");
	}

	@Test
	void theHomePageFollowsTheBrowsersLanguageOnceAndOnlyThere() {
		HttpResponse<String> spanish = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
			.header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5")
			.GET()
			.build());
		assertThat(spanish.statusCode()).isEqualTo(302);
		assertThat(spanish.headers().firstValue("Location").orElseThrow()).endsWith("/es/");
		HttpResponse<String> stay = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/?lang=en"))
			.header("Accept-Language", "es")
			.GET()
			.build());
		assertThat(stay.statusCode()).isEqualTo(200);
		assertThat(stay.body()).contains("<html lang=\"en\">");
		assertThat(get("/es/").body()).contains("href=\"/?lang=en\"");
		HttpResponse<String> other = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/start")).header("Accept-Language", "es").GET().build());
		assertThat(other.body()).as("other pages keep the language of their URL").contains("<html lang=\"en\">");
		assertThat(get("/es").statusCode()).isEqualTo(302);
	}

	@Test
	void staffPathsAndUnknownPathsHaveNoSpanishForm() {
		for (String path : List.of("/es/editor", "/es/editor/options", "/es/login", "/es/logout", "/es/passkeys",
				"/es/webauthn/register", "/es/actuator/health", "/es/api/v1/questionnaire",
				"/es/fhir/Questionnaire/next-steps", "/es/cds-services", "/es/es/start", "/es/nothing")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(get("/login").body()).as("a staff page links to no Spanish form").doesNotContain("hreflang");
		// a page not found under /es/ is said in Spanish, and its links stay in Spanish
		for (String path : List.of("/es/nothing", "/es/options/no-such-option", "/es/editor")) {
			HttpResponse<String> missing = get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(missing.headers().firstValue("Content-Language")).as(path).contains("es");
			assertThat(missing.body()).as(path)
				.contains("<html lang=\"es\">", "href=\"/es/options\"", "href=\"/es/urgent-help\"",
						"href=\"/es/css/nextsteps.css\"")
				.doesNotContain("href=\"/options\"", "href=\"/urgent-help\"", "href=\"/start\"");
		}
		assertThat(get("/nothing").body()).contains("<html lang=\"en\">", "href=\"/options\"");
	}

	@Test
	void aResultMadeInSpanishOpensInSpanishWithALinkToEnglish() {
		Map<String, Object> answers = Map.of("red_flags", List.of("saddle_numbness"));
		HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "es")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("answers", answers))))
			.build());
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.headers().firstValue("Content-Language")).contains("es");
		JsonNode result = json.readTree(made.body());
		String share = result.get("shareUrl").asString();
		assertThat(share).startsWith(baseUrl() + "/es/r/");
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(share)).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"es\">", "href=\""
				+ share.replace(baseUrl(), "").replace("/es/r/", "/r/") + "\" hreflang=\"en\" lang=\"en\">English</a>");
		HttpResponse<String> english = send(
				HttpRequest.newBuilder(URI.create(share.replace("/es/r/", "/r/"))).GET().build());
		assertThat(english.body()).as("a result page is written in ASCII (docs/performance.md)")
			.contains("<html lang=\"en\">", "hreflang=\"es\" lang=\"es\">Espa&#241;ol</a>");
		assertThat(get("/api/v1/questionnaire").headers().firstValue("Content-Language")).contains("en");
		// FHIR answers in English, the language of its texts, whatever the caller asks
		HttpResponse<String> fhir = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/fhir/Questionnaire/next-steps"))
					.header("Accept-Language", "es")
					.GET()
					.build());
		assertThat(fhir.statusCode()).isEqualTo(200);
		assertThat(fhir.headers().firstValue("Content-Language")).contains("en");
	}

	@Test
	void theApiAndTheResultPageGiveTheContentAndTheReasonsInSpanish() {
		Map<String, Object> answers = org.nextsteps.SharedScenarios.base(json);
		JsonNode english = json.readTree(
				post("/api/v1/assessments", "application/json", json.writeValueAsString(Map.of("answers", answers)))
					.body());
		HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "es-419,es;q=0.9")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("answers", answers))))
			.build());
		JsonNode spanish = json.readTree(made.body());
		@SuppressWarnings("unchecked")
		Map<String, String> dictionary = json
			.readValue(getClass().getClassLoader().getResourceAsStream("seed/translations-es.json"), Map.class);
		assertThat(spanish.get("options")).hasSameSizeAs(english.get("options"));
		for (int i = 0; i < english.get("options").size(); i++) {
			JsonNode en = english.get("options").get(i);
			JsonNode es = spanish.get("options").get(i);
			assertThat(es.get("slug").asString()).as("the same ranking").isEqualTo(en.get("slug").asString());
			assertThat(es.get("title").asString()).isEqualTo(dictionary.get(en.get("title").asString()));
			assertThat(es.get("reasons").get(0).asString())
				.isEqualTo(dictionary.get(en.get("reasons").get(0).asString()));
		}
		assertThat(spanish.get("safetyNet").get(0).asString())
			.isEqualTo(dictionary.get(english.get("safetyNet").get(0).asString()));
		String page = org.unbescape.html.HtmlEscape.unescapeHtml(
				send(HttpRequest.newBuilder(URI.create(spanish.get("shareUrl").asString())).GET().build()).body());
		String title = spanish.get("options").get(0).get("title").asString();
		assertThat(page).contains(title).doesNotContain(english.get("options").get(0).get("title").asString() + "</");
	}

	@Test
	void whatThePatientToldUsIsRepeatedInTheLanguageOfThePage() {
		String share = spanishShareUrl(org.nextsteps.SharedScenarios.base(json));
		String spanish = text(send(HttpRequest.newBuilder(URI.create(share)).GET().build()).body());
		String english = text(
				send(HttpRequest.newBuilder(URI.create(share.replace("/es/r/", "/r/"))).GET().build()).body());
		String key = "q.injection_type.epidural_steroid";
		String es = messages.getMessage(key, null, java.util.Locale.forLanguageTag("es"));
		String en = messages.getMessage(key, null, java.util.Locale.ENGLISH);
		assertThat(es).isNotEqualTo(en);
		assertThat(spanish).contains(es).doesNotContain(en);
		assertThat(english).contains(en).doesNotContain(es);
	}

	/**
	 * No English text of the bundles or of the content is left on a Spanish result,
	 * compare, print, clinician or check-your-answers page, for any visible scenario:
	 * every part of those pages comes from the Spanish view of the release and the
	 * Spanish bundles.
	 */
	@Test
	void noEnglishTextIsLeftOnTheSpanishPagesOfAnyVisibleScenario() throws java.io.IOException {
		java.util.Set<String> english = englishOnly();
		assertThat(english).hasSizeGreaterThan(500);
		Map<String, Object> base = org.nextsteps.SharedScenarios.base(json);
		for (JsonNode c : org.nextsteps.SharedScenarios.cases(json, "visible.json")) {
			String share = spanishShareUrl(org.nextsteps.SharedScenarios.answers(json, base, c));
			String check = baseUrl() + "/es/start/check?a=" + share.substring(share.lastIndexOf('/') + 1);
			for (String page : List.of(share, share + "/compare", share + "/print", share + "/clinician", check)) {
				HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(page)).GET().build());
				if (response.statusCode() != 200) {
					continue; // no comparison beside advice to get help now, no check of
								// the warning signs alone
				}
				assertNoEnglish(response.body(), english, c.get("name").asString() + ", " + page);
			}
		}
	}

	/**
	 * Nor on the other Spanish pages: home, first step, option library and every option
	 * page, about, urgent help, for clinicians, and the weighing page.
	 */
	@Test
	void noEnglishTextIsLeftOnTheOtherSpanishPages() throws java.io.IOException {
		java.util.Set<String> english = englishOnly();
		List<String> pages = new java.util.ArrayList<>(
				List.of("/es/", "/es/start", "/es/options", "/es/about", "/es/urgent-help", "/es/for-clinicians"));
		releases.current().options().forEach(option -> pages.add("/es/options/" + option.slug()));
		String share = spanishShareUrl(org.nextsteps.SharedScenarios.base(json));
		pages.add(share.substring(baseUrl().length()) + "/weigh");
		for (String page : pages) {
			HttpResponse<String> response = get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(200);
			assertNoEnglish(response.body(), english, page);
		}
	}

	/** The share link of the JSON API's result for these answers, asked in Spanish. */
	private String spanishShareUrl(Map<String, ?> answers) {
		HttpResponse<String> made = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "es")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("answers", answers))))
			.build());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
		return json.readTree(made.body()).get("shareUrl").asString();
	}

	private static void assertNoEnglish(String html, java.util.Set<String> english, String page) {
		String text = text(html);
		for (String sentence : english) {
			assertThat(text).as("%s: English left on the Spanish page", page).doesNotContain(sentence);
		}
	}

	/**
	 * The English texts of the patient bundles and of the content that are at least four
	 * words long and differ in Spanish.
	 */
	private java.util.Set<String> englishOnly() throws java.io.IOException {
		java.util.Set<String> texts = new java.util.HashSet<>();
		for (String bundle : List.of("system", "patient", "questionnaire", "content", "clinician")) {
			java.util.Properties en = properties("messages/" + bundle + ".properties");
			java.util.Properties es = properties("messages/" + bundle + "_es.properties");
			for (String key : en.stringPropertyNames()) {
				String value = en.getProperty(key);
				if (value.contains("<") || value.equals(es.getProperty(key))) {
					continue;
				}
				if (value.contains("{")) {
					// a message with arguments: the words between them, as MessageFormat
					// writes them
					for (String piece : value.replace("''", "'").split("\\{[^}]*}")) {
						texts.add(piece.strip());
					}
				}
				else {
					texts.add(value.strip());
				}
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, String> dictionary = json
			.readValue(getClass().getClassLoader().getResourceAsStream("seed/translations-es.json"), Map.class);
		dictionary.forEach((en, es) -> {
			if (!en.equals(es) && !en.contains("\n") && !en.contains("*") && !en.contains("[")) {
				texts.add(en.strip());
			}
		});
		texts.removeIf(text -> text.split("\\s+").length < 4);
		return texts;
	}

	private static java.util.Properties properties(String path) throws java.io.IOException {
		java.util.Properties properties = new java.util.Properties();
		try (var in = LanguageTests.class.getClassLoader().getResourceAsStream(path)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** A page's text as a reader sees it: no tags, entities read, spaces collapsed. */
	private static String text(String html) {
		String noTags = html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
		return org.unbescape.html.HtmlEscape.unescapeHtml(noTags).replaceAll("\\s+", " ");
	}

	@Test
	void theApiGivesItsQuestionnaireAndItsErrorsInSpanish() {
		java.util.Locale es = java.util.Locale.forLanguageTag("es");
		HttpResponse<String> questionnaire = send(
				HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/questionnaire"))
					.header("Accept-Language", "es")
					.GET()
					.build());
		assertThat(questionnaire.headers().firstValue("Content-Language")).contains("es");
		JsonNode first = json.readTree(questionnaire.body()).get("items").get(0);
		String linkId = first.get("linkId").asString();
		assertThat(first.get("text").asString()).isEqualTo(messages.getMessage("q." + linkId + ".label", null, es))
			.isNotEqualTo(messages.getMessage("q." + linkId + ".label", null, java.util.Locale.ENGLISH));
		String code = first.get("answerOptions").get(0).get("code").asString();
		assertThat(first.get("answerOptions").get(0).get("display").asString())
			.isEqualTo(messages.getMessage("q." + linkId + "." + code, null, es));
		assertThat(json.readTree(get("/api/v1/questionnaire", "application/json").body())
			.get("items")
			.get(0)
			.get("text")
			.asString()).as("English without Accept-Language")
			.isEqualTo(messages.getMessage("q." + linkId + ".label", null, java.util.Locale.ENGLISH));

		HttpResponse<String> invalid = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "es")
			.POST(HttpRequest.BodyPublishers.ofString("{\"answers\": {\"red_flags\": [\"none\"]}}"))
			.build());
		assertThat(invalid.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(invalid.body());
		assertThat(problem.get("title").asString()).isEqualTo(messages.getMessage("api.error.invalid.title", null, es));
		assertThat(problem.get("errors").findValuesAsString("message"))
			.contains(messages.getMessage("q.injection_type.required", null, es));
		HttpResponse<String> noOption = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/options/nothing"))
			.header("Accept-Language", "es")
			.GET()
			.build());
		assertThat(noOption.statusCode()).isEqualTo(404);
		assertThat(json.readTree(noOption.body()).get("detail").asString())
			.isEqualTo(messages.getMessage("api.error.no-option", null, es));
	}

	@Test
	void aStepSentWithoutAnAnswerIsShownAgainWithItsMessageInSpanish() {
		HttpResponse<String> response = post("/es/start", "application/x-www-form-urlencoded", "page=0");
		assertThat(response.statusCode()).isEqualTo(400);
		String text = text(response.body());
		java.util.Locale es = java.util.Locale.forLanguageTag("es");
		assertThat(text).contains(messages.getMessage("q.red_flags.required", null, es))
			.doesNotContain(messages.getMessage("q.red_flags.required", null, java.util.Locale.ENGLISH));
	}

}
