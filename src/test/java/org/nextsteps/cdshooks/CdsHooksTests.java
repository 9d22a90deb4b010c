package org.nextsteps.cdshooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nextsteps.SharedScenarios;
import org.nextsteps.WebTestSupport;
import org.nextsteps.fhir.FhirCanonicals;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CDS Hooks 2.0 service against the specification's rules that apply to it, on every
 * shared scenario: discovery's shape, one card or none, the indicator per disposition, a
 * summary under 140 characters, absolute links, and no null anywhere.
 */
class CdsHooksTests extends WebTestSupport {

	static final String SERVICE = "/cds-services/next-steps";

	@Autowired
	JsonMapper json;

	@Test
	void discoveryListsOnePatientViewServiceWithAPrefetchOfTheLatestResponse() {
		HttpResponse<String> response = get("/cds-services", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		JsonNode discovery = json.readTree(response.body());
		assertNoNulls(discovery, "$");
		assertThat(discovery.get("services")).hasSize(1);
		JsonNode service = discovery.get("services").get(0);
		assertThat(service.get("hook").asString()).isEqualTo("patient-view");
		assertThat(service.get("id").asString()).isEqualTo("next-steps");
		assertThat(service.get("title").asString()).isNotBlank();
		assertThat(service.get("description").asString()).isNotBlank();
		assertThat(service.get("prefetch").properties()).hasSize(1);
		String query = service.get("prefetch").get("latestResponse").asString();
		assertThat(query).startsWith("QuestionnaireResponse?")
			.contains("subject=Patient/{{context.patientId}}")
			.contains("questionnaire=" + FhirCanonicals.QUESTIONNAIRE)
			.contains("_sort=-authored")
			.contains("_count=1");
	}

	@TestFactory
	Stream<DynamicTest> everyVisibleScenarioGetsOneCardThatIsAsUrgentAsTheResult() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		JsonNode cases = SharedScenarios.cases(json, "visible.json");
		List<DynamicTest> tests = new ArrayList<>();
		int n = 0;
		for (JsonNode c : cases) {
			boolean inABundle = n++ % 2 == 0;
			tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
				JsonNode result = jsonApiResult(json, SharedScenarios.answers(json, base, c));
				String shareUrl = result.get("shareUrl").asString();
				JsonNode response = json
					.readTree(send(HttpRequest.newBuilder(URI.create(shareUrl + "/fhir")).GET().build()).body());
				JsonNode prefetch = inABundle ? searchset(response) : response;
				HttpResponse<String> called = post(SERVICE, "application/json", call(prefetch));
				assertThat(called.statusCode()).as(called.body()).isEqualTo(200);
				assertThat(called.headers().allValues("Set-Cookie")).isEmpty();
				JsonNode cards = json.readTree(called.body());
				assertNoNulls(cards, "$");
				assertThat(cards.get("cards")).hasSize(1);
				JsonNode card = cards.get("cards").get(0);
				String disposition = result.get("disposition").asString();
				String indicator = switch (disposition) {
					case "emergency" -> "critical";
					case "urgent", "soon" -> "warning";
					case "routine" -> "info";
					default -> throw new AssertionError(disposition);
				};
				assertThat(card.get("indicator").asString()).as(disposition).isEqualTo(indicator);
				assertThat(card.get("summary").asString()).isNotBlank().hasSizeLessThan(140);
				assertThat(UUID.fromString(card.get("uuid").asString())).isNotNull();
				assertThat(card.get("source").get("label").asString()).isNotBlank();
				assertAbsolute(card.get("source").get("url").asString());
				String top = result.get("options").get(0).get("title").asString();
				assertThat(card.get("detail").asString()).contains("evidence:")
					.contains(top.replace("(", "").replace(")", "").split(" ")[0]);
				assertThat(card.get("links")).hasSize(1);
				JsonNode link = card.get("links").get(0);
				assertThat(link.get("type").asString()).isEqualTo("absolute");
				assertThat(link.get("label").asString()).isNotBlank();
				assertAbsolute(link.get("url").asString());
				assertThat(link.get("url").asString()).isEqualTo(shareUrl + "/clinician");
				HttpResponse<String> summary = send(
						HttpRequest.newBuilder(URI.create(link.get("url").asString())).GET().build());
				assertThat(summary.statusCode()).as("the card's link opens the clinician summary").isEqualTo(200);
				assertThat(summary.body()).contains("<h1>Clinician summary</h1>");
				assertThat(card.has("suggestions")).isFalse();
			}));
		}
		return tests.stream();
	}

	@Test
	void withoutAResponseInPrefetchThereIsNoCard() {
		ObjectNode call = (ObjectNode) json.readTree(call(null));
		assertNoCards(post(SERVICE, "application/json", call.toString()));
		call.putObject("prefetch");
		assertNoCards(post(SERVICE, "application/json", call.toString()));
		call.putObject("prefetch").putNull("latestResponse");
		assertNoCards(post(SERVICE, "application/json", call.toString()));
		call.putObject("prefetch")
			.set("latestResponse", json.readTree("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}"));
		assertNoCards(post(SERVICE, "application/json", call.toString()));
	}

	@Test
	void badCallsGetA400ThatSaysWhy() {
		String good = call(null);
		Map<String, Integer> bodies = new LinkedHashMap<>();
		bodies.put("", 400);
		bodies.put("not json", 400);
		bodies.put("[]", 400);
		bodies.put(good.replace("\"hook\":\"patient-view\",", ""), 400);
		bodies.put(good.replace("patient-view", "order-sign"), 400);
		bodies.put(good.replace("\"hookInstance\"", "\"instance\""), 400);
		bodies.put(good.replace("\"context\"", "\"ctx\""), 400);
		bodies.put(good.replace("\"patientId\"", "\"patient\""), 400);
		bodies.put(withPrefetch("[1]"), 400);
		bodies.put(withPrefetch("{\"resourceType\":\"Patient\",\"id\":\"p1\"}"), 400);
		bodies.put(withPrefetch("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\"}"), 400);
		bodies.put(
				withPrefetch("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"questionnaire\":\""
						+ FhirCanonicals.QUESTIONNAIRE
						+ "\",\"item\":[{\"linkId\":\"red_flags\",\"answer\":[{\"valueCoding\":" + "{\"system\":\""
						+ FhirCanonicals.answers("red_flags") + "\",\"code\":\"none\"}}]}]}"),
				400);
		bodies.put(good.replace("}", " ".repeat(70_000) + "}"), 413);
		bodies.forEach((body, status) -> {
			HttpResponse<String> response = post(SERVICE, "application/json", body);
			assertThat(response.statusCode()).as(body.substring(0, Math.min(120, body.length()))).isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(json.readTree(response.body()).get("detail").asString()).isNotBlank().doesNotStartWith("cds.");
		});
		HttpResponse<String> incomplete = post(SERVICE, "application/json",
				withPrefetch("{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"questionnaire\":\""
						+ FhirCanonicals.QUESTIONNAIRE + "\"}"));
		assertThat(json.readTree(incomplete.body()).get("errors").toString()).contains("red_flags");
		assertThat(post(SERVICE, "text/plain", good).statusCode()).isEqualTo(415);
		assertThat(post("/cds-services/another", "application/json", good).statusCode()).isEqualTo(404);
	}

	@Test
	void anEhrOnAnotherOriginMayCallWithoutCredentials() {
		HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(baseUrl() + SERVICE))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://ehr.example.org")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build());
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		HttpResponse<String> crossSite = send(HttpRequest.newBuilder(URI.create(baseUrl() + SERVICE))
			.header("Content-Type", "application/json")
			.header("Origin", "https://ehr.example.org")
			.header("Sec-Fetch-Site", "cross-site")
			.POST(HttpRequest.BodyPublishers.ofString(call(null)))
			.build());
		assertThat(crossSite.statusCode()).isEqualTo(200);
		assertThat(crossSite.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		HttpResponse<String> patientForm = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/start"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "https://ehr.example.org")
			.header("Sec-Fetch-Site", "cross-site")
			.POST(HttpRequest.BodyPublishers.ofString("red_flags=none"))
			.build());
		assertThat(patientForm.statusCode()).as("patient forms keep their cross-site rule").isEqualTo(403);
		assertThat(patientForm.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private void assertNoCards(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(json.readTree(response.body()).toString()).isEqualTo("{\"cards\":[]}");
	}

	private static void assertAbsolute(String url) {
		URI uri = URI.create(url);
		assertThat(uri.isAbsolute()).as(url).isTrue();
		assertThat(uri.getScheme()).isIn("http", "https");
		assertThat(uri.getHost()).isNotBlank();
	}

	/** The specification: optional fields are left out, never null. */
	private static void assertNoNulls(JsonNode node, String path) {
		assertThat(node.isNull()).as(path).isFalse();
		if (node.isObject()) {
			node.properties().forEach(e -> assertNoNulls(e.getValue(), path + "." + e.getKey()));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				assertNoNulls(node.get(i), path + "[" + i + "]");
			}
		}
	}

	/**
	 * A patient-view call, with this as the latest response in prefetch (none when null).
	 */
	private String call(JsonNode latest) {
		ObjectNode call = json.createObjectNode();
		call.put("hook", "patient-view");
		call.put("hookInstance", UUID.randomUUID().toString());
		call.putObject("context").put("userId", "Practitioner/1").put("patientId", "p1");
		if (latest != null) {
			call.putObject("prefetch").set("latestResponse", latest);
		}
		return call.toString();
	}

	private String withPrefetch(String latest) {
		return call(json.readTree(latest));
	}

	private JsonNode searchset(JsonNode response) {
		ObjectNode bundle = json.createObjectNode();
		bundle.put("resourceType", "Bundle");
		bundle.put("type", "searchset");
		bundle.put("total", 1);
		bundle.putArray("entry")
			.addObject()
			.put("fullUrl", "https://ehr.example.org/fhir/QuestionnaireResponse/1")
			.set("resource", response);
		return bundle;
	}

}
