package org.nextsteps.fhir;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nextsteps.SharedScenarios;
import org.nextsteps.WebTestSupport;
import org.nextsteps.assessment.Assessments;
import org.nextsteps.questionnaire.EnableWhen;
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.ItemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ca.uhn.fhir.context.FhirContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR R4 endpoints: every resource they emit passes HAPI's validator with no error,
 * a response is checked against the guide's own questionnaire, and {@code $assess} gives
 * exactly the JSON API's result for every shared scenario.
 */
class FhirTests extends WebTestSupport {

	static final String FHIR_JSON = "application/fhir+json";

	static final String ASSESS = "/fhir/QuestionnaireResponse/$assess";

	@Autowired
	JsonMapper json;

	@Autowired
	Assessments assessments;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationContext context;

	@Test
	void theQuestionnaireIsValidSdcAndIsTheWizardsDefinition() {
		HttpResponse<String> response = get("/fhir/Questionnaire/next-steps", FHIR_JSON);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(FHIR_JSON);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(FhirValidation.errors(questionnaire(), response.body())).isEmpty();
		JsonNode fhir = json.readTree(response.body());
		assertThat(fhir.get("resourceType").asString()).isEqualTo("Questionnaire");
		assertThat(fhir.get("url").asString()).isEqualTo(FhirCanonicals.QUESTIONNAIRE);
		assertThat(fhir.get("version").asString()).isNotBlank();
		assertThat(fhir.get("status").asString()).isEqualTo("active");
		List<Item> items = assessments.questionnaire().items();
		assertThat(fhir.get("item")).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			JsonNode node = fhir.get("item").get(i);
			assertThat(node.get("linkId").asString()).isEqualTo(item.linkId());
			assertThat(node.get("text").asString()).isEqualTo(text(item.labelKey())).isNotBlank();
			assertThat(node.get("required").asBoolean()).isEqualTo(item.required());
			assertThat(node.get("repeats").asBoolean()).isEqualTo(item.type() == ItemType.MULTI);
			assertThat(node.get("type").asString()).isEqualTo(item.type() == ItemType.INTEGER ? "integer" : "choice");
			List<String> codes = new ArrayList<>();
			node.path("answerOption").forEach(option -> {
				JsonNode coding = option.get("valueCoding");
				// SDC: every answer coding has a system; ours is the item's own
				assertThat(coding.get("system").asString()).isEqualTo(FhirCanonicals.answers(item.linkId()));
				assertThat(coding.get("display").asString())
					.isEqualTo(text(item.codeKey(coding.get("code").asString())))
					.isNotBlank();
				codes.add(coding.get("code").asString());
			});
			assertThat(codes).isEqualTo(item.codes());
			EnableWhen when = item.enableWhen();
			if (when == null) {
				assertThat(node.has("enableWhen")).as(item.linkId()).isFalse();
			}
			else {
				List<String> answers = new ArrayList<>();
				node.get("enableWhen").forEach(condition -> {
					assertThat(condition.get("question").asString()).isEqualTo(when.question());
					assertThat(condition.get("operator").asString()).isEqualTo(
							when.operator() == EnableWhen.Operator.IN || when.operator() == EnableWhen.Operator.EQUALS
									? "=" : "!=");
					answers.add(condition.get("answerCoding").get("code").asString());
				});
				assertThat(answers).isEqualTo(when.codes());
				if (answers.size() > 1) {
					assertThat(node.get("enableBehavior").asString())
						.isEqualTo(when.operator() == EnableWhen.Operator.IN ? "any" : "all");
				}
			}
		}
	}

	@Test
	void aShareLinksAnswersComeBackAsAValidResponseToOurQuestionnaire() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		String shareUrl = jsonApiResult(json, base).get("shareUrl").asString();
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(shareUrl + "/fhir")).GET().build());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(FHIR_JSON);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(FhirValidation.errors(questionnaire(), response.body())).isEmpty();
		JsonNode fhir = json.readTree(response.body());
		assertThat(fhir.get("questionnaire").asString())
			.isEqualTo(FhirCanonicals.QUESTIONNAIRE + "|" + json.readTree(questionnaire()).get("version").asString());
		assertThat(fhir.get("status").asString()).isEqualTo("completed");
		assertThat(answersOf(fhir)).isEqualTo(assessments.validate(base).answers().toRaw());
	}

	/**
	 * The emergency shortcut skips the rest: FHIR's status for a response left after some
	 * answers is stopped, and $assess reads it as the JSON API does.
	 */
	@Test
	void aResponseThatTookTheEmergencyShortcutIsStoppedAndStillAssessed() throws IOException {
		JsonNode expected = jsonApiResult(json, Map.of("red_flags", List.of("saddle_numbness")));
		String response = send(
				HttpRequest.newBuilder(URI.create(expected.get("shareUrl").asString() + "/fhir")).GET().build())
			.body();
		assertThat(json.readTree(response).get("status").asString()).isEqualTo("stopped");
		assertThat(FhirValidation.errors(questionnaire(), response)).isEmpty();
		HttpResponse<String> assessed = post(ASSESS, FHIR_JSON, response);
		assertThat(fromParameters(json.readTree(assessed.body()))).isEqualTo(comparable(expected));
		assertThat(comparable(expected).get("disposition")).isEqualTo("emergency");
		String routine = encode(response(SharedScenarios.base(json))).replace("\"completed\"", "\"stopped\"");
		assertThat(post(ASSESS, FHIR_JSON, routine).statusCode()).isEqualTo(200);
		Map<String, Object> partial = new HashMap<>(SharedScenarios.base(json));
		partial.remove("pain_score");
		assertRefused(post(ASSESS, FHIR_JSON, encode(response(partial)).replace("\"completed\"", "\"stopped\"")), 422,
				"QuestionnaireResponse.item.where(linkId='pain_score')");
	}

	@Test
	void aDamagedShareLinkGetsAnOperationOutcomeNotAResponse() {
		for (String code : List.of("not-a-real-code", "x".repeat(300))) {
			HttpResponse<String> response = get("/r/" + code + "/fhir", FHIR_JSON);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
			assertThat(json.readTree(response.body()).get("resourceType").asString()).isEqualTo("OperationOutcome");
			assertThat(FhirValidation.errors(questionnaire(), response.body())).isEmpty();
		}
	}

	/**
	 * Round trip: answers, the JSON API's result and share link, the link's
	 * QuestionnaireResponse, then $assess; the result is the JSON API's, field by field.
	 */
	@TestFactory
	Stream<DynamicTest> everyVisibleScenarioAssessesTheSameThroughFhirAsThroughTheJsonApi() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		JsonNode cases = SharedScenarios.cases(json, "visible.json");
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode c : cases) {
			tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
				JsonNode expected = jsonApiResult(json, SharedScenarios.answers(json, base, c));
				String response = send(
						HttpRequest.newBuilder(URI.create(expected.get("shareUrl").asString() + "/fhir")).GET().build())
					.body();
				assertThat(FhirValidation.errors(questionnaire(), response)).isEmpty();
				HttpResponse<String> assessed = post(ASSESS, FHIR_JSON, response);
				assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
				assertThat(assessed.headers().firstValue("Content-Type").orElse("")).startsWith(FHIR_JSON);
				assertThat(FhirValidation.errors(questionnaire(), assessed.body())).isEmpty();
				assertThat(fromParameters(json.readTree(assessed.body()))).isEqualTo(comparable(expected));
			}));
		}
		return tests.stream();
	}

	/**
	 * The shared invalid answers, sent as FHIR: 422 with an OperationOutcome whose issue
	 * points at the item.
	 */
	@TestFactory
	Stream<DynamicTest> invalidScenariosGetAnOperationOutcomeNamingTheItem() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		JsonNode cases = SharedScenarios.cases(json, "invalid.json");
		List<DynamicTest> tests = new ArrayList<>();
		for (JsonNode c : cases) {
			tests.add(DynamicTest.dynamicTest(c.get("name").asString(), () -> {
				String linkId = c.get("errorLinkId").asString();
				assertRefused(post(ASSESS, FHIR_JSON, encode(response(SharedScenarios.answers(json, base, c)))), 422,
						"QuestionnaireResponse.item.where(linkId='" + linkId + "')");
			}));
		}
		return tests.stream();
	}

	@Test
	void junkGetsAClearOperationOutcomeNeverA5xx() throws IOException {
		Map<String, Object> base = SharedScenarios.base(json);
		String valid = encode(response(base));
		assertThat(post(ASSESS, FHIR_JSON, valid).statusCode()).isEqualTo(200);
		assertThat(post(ASSESS, "application/json", valid).statusCode()).isEqualTo(200);
		assertThat(post(ASSESS, "application/fhir+json; fhirVersion=4.0", valid).statusCode()).isEqualTo(200);

		Map<String, Integer> malformed = new LinkedHashMap<>();
		malformed.put("", 400);
		malformed.put("{", 400);
		malformed.put("null", 400);
		malformed.put("[]", 400);
		malformed.put("{}", 400);
		malformed.put("{\"resourceType\": \"Patient\"}", 400);
		malformed.put("{\"resourceType\": \"QuestionnaireResponse\", \"colour\": \"blue\"}", 400);
		malformed.put("[".repeat(5000) + "]".repeat(5000), 400);
		malformed.put(valid.replace("\"status\":\"completed\"", "\"status\":17"), 400);
		malformed.forEach((body, status) -> assertRefused(post(ASSESS, FHIR_JSON, body), status, null));
		assertRefused(post(ASSESS, FHIR_JSON, valid.substring(0, valid.length() - 1) + " ".repeat(70_000) + "}"), 413,
				null);
		assertRefused(post(ASSESS, "text/plain", valid), 415, null);
		assertRefused(post(ASSESS, "application/xml", valid), 415, null);

		String item = "QuestionnaireResponse.item.where(linkId='%s')";
		assertRefused(post(ASSESS, FHIR_JSON, valid.replace(FhirCanonicals.QUESTIONNAIRE, "https://example.org/Q")),
				422, "QuestionnaireResponse.questionnaire");
		String version = json.readTree(questionnaire()).get("version").asString();
		assertRefused(post(ASSESS, FHIR_JSON, valid.replace("|" + version, "|0.9")), 422,
				"QuestionnaireResponse.questionnaire");
		assertRefused(post(ASSESS, FHIR_JSON, valid.replace("\"completed\"", "\"in-progress\"")), 422,
				"QuestionnaireResponse.status");
		// a code of another item's system: "none" means something else in each
		QuestionnaireResponse otherSystem = response(base);
		otherSystem.getItem()
			.stream()
			.filter(i -> i.getLinkId().equals("red_flags"))
			.forEach(i -> i.getAnswerFirstRep().getValueCoding().setSystem(FhirCanonicals.answers("other_conditions")));
		assertRefused(post(ASSESS, FHIR_JSON, encode(otherSystem)), 422, item.formatted("red_flags"));
		QuestionnaireResponse text = response(base);
		text.getItem()
			.stream()
			.filter(i -> i.getLinkId().equals("injection_type"))
			.forEach(i -> i.getAnswerFirstRep().setValue(new StringType("facet_joint")));
		assertRefused(post(ASSESS, FHIR_JSON, encode(text)), 422, item.formatted("injection_type"));
		QuestionnaireResponse decimal = response(base);
		decimal.getItem()
			.stream()
			.filter(i -> i.getLinkId().equals("pain_score"))
			.forEach(i -> i.getAnswerFirstRep().setValue(new DecimalType("6.5")));
		assertRefused(post(ASSESS, FHIR_JSON, encode(decimal)), 422, item.formatted("pain_score"));
		QuestionnaireResponse twice = response(base);
		twice.addItem(twice.getItem().get(1).copy());
		assertRefused(post(ASSESS, FHIR_JSON, encode(twice)), 422, item.formatted(twice.getItem().get(1).getLinkId()));
		QuestionnaireResponse nested = response(base);
		nested.getItem().get(0).addItem().setLinkId("inner");
		assertRefused(post(ASSESS, FHIR_JSON, encode(nested)), 422, item.formatted("red_flags"));
		Map<String, Object> notEnabled = new HashMap<>(base);
		notEnabled.put("relief_duration", "none");
		notEnabled.put("relief_amount", "almost_complete");
		assertRefused(post(ASSESS, FHIR_JSON, encode(response(notEnabled))), 422, item.formatted("relief_amount"));
		Map<String, Object> unknown = new HashMap<>(base);
		unknown.put("favourite_colour", "blue");
		assertRefused(post(ASSESS, FHIR_JSON, encode(response(unknown))), 422, item.formatted("favourite_colour"));
		assertThat(get(ASSESS, FHIR_JSON).statusCode()).isBetween(400, 499);
	}

	@Test
	void jsonOfTheRestOfTheSiteStaysOnBootsMapper() {
		RequestMappingHandlerAdapter adapter = context.getBean(RequestMappingHandlerAdapter.class);
		List<String> converters = adapter.getMessageConverters()
			.stream()
			.map(HttpMessageConverter::getClass)
			.map(Class::getName)
			.toList();
		assertThat(converters).anyMatch(name -> name.contains("JacksonJson"))
			.noneMatch(name -> name.contains("Jackson2") || name.contains("ca.uhn"));
	}

	/**
	 * HAPI's context takes seconds to make: no bean of the site names a HAPI class, so
	 * start-up never loads one (they are made on the first FHIR request).
	 */
	@Test
	void noBeanOfTheSiteNamesAHapiClass() {
		List<String> found = new ArrayList<>();
		for (String name : context.getBeanDefinitionNames()) {
			Class<?> type = context.getType(name);
			if (type == null || !type.getName().startsWith("org.nextsteps")) {
				continue;
			}
			for (Field field : type.getDeclaredFields()) {
				check(type, field.getType(), found);
			}
			for (Constructor<?> constructor : type.getDeclaredConstructors()) {
				for (Class<?> parameter : constructor.getParameterTypes()) {
					check(type, parameter, found);
				}
			}
			for (Method method : type.getDeclaredMethods()) {
				check(type, method.getReturnType(), found);
				for (Class<?> parameter : method.getParameterTypes()) {
					check(type, parameter, found);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static void check(Class<?> bean, Class<?> type, List<String> found) {
		String name = type.getName();
		if (name.startsWith("ca.uhn") || name.startsWith("org.hl7")) {
			found.add(bean.getSimpleName() + " names " + name);
		}
	}

	private void assertRefused(HttpResponse<String> response, int status, String expression) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(FHIR_JSON);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		JsonNode outcome = json.readTree(response.body());
		assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
		List<String> expressions = new ArrayList<>();
		outcome.get("issue").forEach(issue -> {
			assertThat(issue.get("severity").asString()).isEqualTo("error");
			assertThat(issue.get("diagnostics").asString()).isNotBlank()
				.doesNotStartWith("fhir.")
				.doesNotContain("{0}");
			issue.path("expression").forEach(e -> expressions.add(e.asString()));
		});
		if (expression != null) {
			assertThat(expressions).contains(expression);
		}
		assertThat(FhirValidation.errors(questionnaire(), response.body())).isEmpty();
	}

	/** The questionnaire as served (the validator checks responses against it). */
	private String questionnaire() {
		return get("/fhir/Questionnaire/next-steps", FHIR_JSON).body();
	}

	/**
	 * A response made here, not by the site: a code as a coding of the item's system, a
	 * whole number as an integer, another number as a decimal, a list as one answer each.
	 */
	QuestionnaireResponse response(Map<String, Object> answers) {
		QuestionnaireResponse response = new QuestionnaireResponse();
		response.setQuestionnaire(
				FhirCanonicals.QUESTIONNAIRE + "|" + json.readTree(questionnaire()).get("version").asString());
		response.setStatus(QuestionnaireResponseStatus.COMPLETED);
		List<String> order = new ArrayList<>(assessments.questionnaire().items().stream().map(Item::linkId).toList());
		answers.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
		for (String linkId : order) {
			Object value = answers.get(linkId);
			if (value == null) {
				continue;
			}
			QuestionnaireResponseItemComponent item = response.addItem().setLinkId(linkId);
			for (Object one : value instanceof List<?> list ? list : List.of(value)) {
				item.addAnswer().setValue(value(linkId, one));
			}
		}
		return response;
	}

	private static Type value(String linkId, Object value) {
		if (value instanceof Integer number) {
			return new IntegerType(number);
		}
		if (value instanceof Number number) {
			return new DecimalType(number.toString());
		}
		return new Coding(FhirCanonicals.answers(linkId), String.valueOf(value), null);
	}

	static String encode(QuestionnaireResponse response) {
		return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(response);
	}

	/** The answers of a QuestionnaireResponse in the JSON API's shape. */
	private Map<String, Object> answersOf(JsonNode response) {
		Map<String, Object> raw = new LinkedHashMap<>();
		response.get("item").forEach(item -> {
			List<Object> values = new ArrayList<>();
			item.get("answer")
				.forEach(answer -> values.add(answer.has("valueInteger") ? (Object) answer.get("valueInteger").asInt()
						: answer.get("valueCoding").get("code").asString()));
			String linkId = item.get("linkId").asString();
			boolean multi = assessments.questionnaire().item(linkId).orElseThrow().type() == ItemType.MULTI;
			raw.put(linkId, multi ? values : values.get(0));
		});
		return raw;
	}

	/** The fields of a JSON API result that $assess must give back, in order. */
	private static Map<String, Object> comparable(JsonNode result) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("disposition", result.get("disposition").asString());
		fields.put("release", result.get("release").asString());
		List<List<Object>> options = new ArrayList<>();
		result.get("options")
			.forEach(
					o -> options.add(List.of(o.get("slug").asString(), o.get("rank").asInt(), o.get("title").asString(),
							o.get("evidence").asString(), strings(o.get("reasons")), strings(o.get("cautions")))));
		fields.put("options", options);
		List<String> explanations = new ArrayList<>();
		result.get("explanations").forEach(e -> explanations.add(e.get("key").asString()));
		fields.put("explanations", explanations);
		List<String> questions = new ArrayList<>();
		result.get("questions").forEach(q -> questions.add(q.get("key").asString()));
		fields.put("questions", questions);
		fields.put("safetyNet", strings(result.get("safetyNet")));
		fields.put("shareUrl", result.get("shareUrl").asString());
		return fields;
	}

	/** The same fields, read from $assess's Parameters. */
	private static Map<String, Object> fromParameters(JsonNode parameters) {
		Map<String, Object> fields = new LinkedHashMap<>();
		List<List<Object>> options = new ArrayList<>();
		List<String> explanations = new ArrayList<>();
		List<String> questions = new ArrayList<>();
		List<String> safetyNet = new ArrayList<>();
		for (JsonNode p : parameters.get("parameter")) {
			switch (p.get("name").asString()) {
				case "disposition" -> {
					assertThat(p.get("valueCoding").get("system").asString()).isEqualTo(FhirCanonicals.DISPOSITION);
					fields.put("disposition", p.get("valueCoding").get("code").asString());
				}
				case "release" -> fields.put("release", p.get("valueString").asString());
				case "option" -> {
					Map<String, List<JsonNode>> parts = parts(p);
					options.add(List.of(parts.get("slug").get(0).get("valueCoding").get("code").asString(),
							parts.get("rank").get(0).get("valueInteger").asInt(),
							parts.get("title").get(0).get("valueString").asString(),
							parts.get("evidence").get(0).get("valueCode").asString(),
							parts.getOrDefault("reason", List.of())
								.stream()
								.map(n -> n.get("valueString").asString())
								.toList(),
							parts.getOrDefault("caution", List.of())
								.stream()
								.map(n -> n.get("valueString").asString())
								.toList()));
				}
				case "explanation" -> explanations.add(parts(p).get("key").get(0).get("valueString").asString());
				case "question" -> questions.add(parts(p).get("key").get(0).get("valueString").asString());
				case "safetyNet" -> safetyNet.add(p.get("valueString").asString());
				case "shareUrl" -> fields.put("shareUrl", p.get("valueUrl").asString());
				default -> throw new AssertionError("Unexpected parameter " + p.get("name"));
			}
		}
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put("disposition", fields.get("disposition"));
		ordered.put("release", fields.get("release"));
		ordered.put("options", options);
		ordered.put("explanations", explanations);
		ordered.put("questions", questions);
		ordered.put("safetyNet", safetyNet);
		ordered.put("shareUrl", fields.get("shareUrl"));
		return ordered;
	}

	private static Map<String, List<JsonNode>> parts(JsonNode parameter) {
		Map<String, List<JsonNode>> parts = new LinkedHashMap<>();
		parameter.get("part")
			.forEach(part -> parts.computeIfAbsent(part.get("name").asString(), n -> new ArrayList<>()).add(part));
		return parts;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private String text(String key) {
		return messages.getMessage(key, null, "", Locale.ENGLISH);
	}

}
