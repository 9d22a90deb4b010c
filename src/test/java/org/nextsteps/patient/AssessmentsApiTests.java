package org.nextsteps.patient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nextsteps.SharedScenarios;
import org.nextsteps.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API against the project's own copy of the shared scenarios, plus hostile
 * bodies.
 */
class AssessmentsApiTests extends WebTestSupport {

	@Autowired
	JsonMapper json;

	@TestFactory
	Stream<DynamicTest> visibleScenariosRankAsExpected() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		JsonNode cases = SharedScenarios.cases(json, "visible.json");
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode c : cases) {
			tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
				JsonNode result = assess(SharedScenarios.answers(json, base, c));
				List<String> slugs = new ArrayList<>();
				result.get("options").forEach(o -> slugs.add(o.get("slug").asString()));
				JsonNode expect = c.get("expect");
				if (expect.has("disposition")) {
					assertThat(result.get("disposition").asString()).isEqualTo(expect.get("disposition").asString());
				}
				if (expect.has("top1")) {
					assertThat(slugs).first().isEqualTo(expect.get("top1").asString());
				}
				expect.path("inTop")
					.properties()
					.forEach(e -> e.getValue()
						.forEach(s -> assertThat(slugs.indexOf(s.asString()))
							.as("%s within top %s of %s", s, e.getKey(), slugs)
							.isBetween(0, Integer.parseInt(e.getKey()) - 1)));
				expect.path("notInTop").properties().forEach(e -> e.getValue().forEach(s -> {
					int rank = slugs.indexOf(s.asString());
					assertThat(rank < 0 || rank >= Integer.parseInt(e.getKey()))
						.as("%s below top %s of %s", s, e.getKey(), slugs)
						.isTrue();
				}));
				expect.path("present").forEach(s -> assertThat(slugs).contains(s.asString()));
				expect.path("absent").forEach(s -> assertThat(slugs).doesNotContain(s.asString()));
				expect.path("before").forEach(pair -> {
					int a = slugs.indexOf(pair.get(0).asString());
					int b = slugs.indexOf(pair.get(1).asString());
					assertThat(a).as("%s present", pair.get(0)).isNotNegative();
					assertThat(b < 0 || a < b).as("%s before %s in %s", pair.get(0), pair.get(1), slugs).isTrue();
				});
				assertThat(result.get("options")).allSatisfy(o -> assertThat(o.get("reasons")).isNotEmpty());
			}));
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> invalidScenariosNameTheItem() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		JsonNode cases = SharedScenarios.cases(json, "invalid.json");
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode c : cases) {
			tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
				HttpResponse<String> response = post("/api/v1/assessments", "application/json",
						json.writeValueAsString(Map.of("answers", SharedScenarios.answers(json, base, c))));
				assertThat(response.statusCode()).isEqualTo(c.get("status").asInt());
				assertThat(response.headers().firstValue("Content-Type").orElse(""))
					.startsWith("application/problem+json");
				JsonNode problem = json.readTree(response.body());
				List<String> named = new ArrayList<>();
				problem.get("errors").forEach(e -> {
					named.add(e.get("linkId").asString());
					assertThat(e.get("message").asString()).isNotBlank().doesNotStartWith("error.");
				});
				assertThat(named).contains(c.get("errorLinkId").asString());
			}));
		}
		return tests.stream();
	}

	@Test
	void hostileBodiesGetProblemDetailsNeverA500() {
		Map<String, Integer> bodies = new LinkedHashMap<>();
		bodies.put("", 400);
		bodies.put("{", 400);
		bodies.put("null", 400);
		bodies.put("[]", 400);
		bodies.put("{\"answers\": null}", 400);
		bodies.put("{\"answers\": {\"pain_score\": 1e309}}", 400);
		bodies.put("{\"answers\": {\"red_flags\": [[\"none\"]]}}", 400);
		bodies.put("[".repeat(5000) + "]".repeat(5000), 400);
		bodies.put("{\"answers\": {\"injection_type\": \"" + "x".repeat(100_000) + "\"}}", 413);
		bodies.forEach((body, status) -> {
			HttpResponse<String> response = post("/api/v1/assessments", "application/json", body);
			assertThat(response.statusCode()).as(body.substring(0, Math.min(40, body.length()))).isEqualTo(status);
			assertThat(response.body()).contains("\"status\":" + status);
		});
		HttpResponse<String> wrongType = post("/api/v1/assessments", "text/plain", "{\"answers\": {}}");
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(wrongType.body()).contains("\"status\":415");
	}

	@Test
	void emergencyFlagAloneIsEnough() throws IOException {
		JsonNode result = assess(Map.of("red_flags", List.of("saddle_numbness")));
		assertThat(result.get("disposition").asString()).isEqualTo("emergency");
		assertThat(result.get("options").get(0).get("slug").asString()).isEqualTo("emergency-care");
	}

	/**
	 * api.md (2026-12-01): every result carries a safety net, the urgent shortcut's too;
	 * cautions where they apply.
	 */
	@Test
	void everyResultCarriesASafetyNetAndCautionsWhereAGuidelineAdvisesAgainst() throws IOException {
		JsonNode alone = assess(Map.of("red_flags", List.of("fever_with_stiff_neck_or_confusion")));
		assertThat(alone.get("disposition").asString()).isEqualTo("emergency");
		assertThat(alone.get("safetyNet")).isNotEmpty();
		Map<String, Object> sciatica = new java.util.HashMap<>(SharedScenarios.base(json));
		sciatica.put("pain_location", List.of("back_or_neck", "one_leg"));
		sciatica.put("numbness_tingling", "yes");
		sciatica.put("other_conditions", List.of("blood_thinners"));
		JsonNode result = assess(sciatica);
		assertThat(result.get("safetyNet")).isNotEmpty();
		assertThat(result.get("safetyNet").get(0).asString()).contains("ambulance");
		List<String> lines = new ArrayList<>();
		result.get("safetyNet").forEach(line -> lines.add(line.asString()));
		assertThat(lines).anySatisfy(line -> assertThat(line).containsIgnoringCase("blood thinner"));
		JsonNode medicine = null;
		for (JsonNode option : result.get("options")) {
			if (option.get("slug").asString().equals("nerve-pain-medication")) {
				medicine = option;
			}
			assertThat(option.get("cautions").isArray()).isTrue();
		}
		assertThat(medicine).as("nerve pain medicine offered for sciatica").isNotNull();
		assertThat(medicine.get("cautions").get(0).asString()).contains("NICE").contains("sciatica");
		HttpResponse<String> page = send(
				HttpRequest.newBuilder(URI.create(result.get("shareUrl").asString())).GET().build());
		assertThat(page.body()).contains("If things change").contains("What guidelines say about this for you");
	}

	@Test
	void shareUrlOpensTheSameResultAsAPage() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		JsonNode result = assess(base);
		String shareUrl = result.get("shareUrl").asString();
		assertThat(shareUrl).startsWith(baseUrl() + "/r/");
		HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(shareUrl)).GET().build());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		String title = result.get("options").get(0).get("title").asString();
		assertThat(page.body().replace("&#39;", "'").replace("&amp;", "&")).contains(title);
	}

	@Test
	void damagedShareCodeIsABadRequestPage() {
		HttpResponse<String> page = get("/r/not-a-real-code");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("href=\"/start\"").doesNotContain("Exception");
	}

	@Test
	void questionnaireIsServedAsData() throws IOException {
		JsonNode questionnaire = json.readTree(get("/api/v1/questionnaire", "application/json").body());
		List<String> ids = new ArrayList<>();
		questionnaire.get("items").forEach(item -> ids.add(item.get("linkId").asString()));
		assertThat(ids).startsWith("red_flags", "injection_type").contains("pain_score", "priorities");
		assertThat(questionnaire.get("items").get(0).get("answerOptions").get(0).get("display").asString())
			.isNotBlank();
	}

	JsonNode assess(Map<String, ?> answers) throws IOException {
		HttpResponse<String> response = post("/api/v1/assessments", "application/json",
				json.writeValueAsString(Map.of("answers", answers)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

}
