package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * The shared scenario files, checked the way check-guide.py checks them through the API:
 * validator, then the seed rules, then shape rules and each case's expectations.
 */
class ScenarioTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AnswerValidator validator = new AnswerValidator(Questionnaire.standard());

	private final Evaluator evaluator = new Evaluator();

	@TestFactory
	Stream<DynamicTest> visibleScenarios() throws IOException {
		return routine("visible.json");
	}

	/**
	 * Cases written by a pain physician from the clinical review's defect classes (domain
	 * brief, 2026-12-01), without reading the rules: several per class.
	 */
	@TestFactory
	Stream<DynamicTest> clinicalScenarios() throws IOException {
		return routine("clinical.json");
	}

	/** The pathway engineer's own clinical cases, in the same format. */
	@TestFactory
	Stream<DynamicTest> pathwayScenarios() throws IOException {
		return routine("pathway.json");
	}

	private Stream<DynamicTest> routine(String file) throws IOException {
		return cases(file).map(c -> DynamicTest.dynamicTest(name(c), () -> {
			ValidationResult result = validator.validate(answers(c));
			assertThat(result.errors()).as("validation errors").isEmpty();
			Evaluation evaluation = evaluator.evaluate(result.answers(), Fixtures.seedRules());
			@SuppressWarnings("unchecked")
			Map<String, Object> expect = (Map<String, Object>) c.getOrDefault("expect", Map.of());
			assertThat(GuideChecks.shapeProblems(evaluation)).as("shape").isEmpty();
			assertThat(GuideChecks.expectProblems(evaluation, expect))
				.as("expectations for %s", GuideChecks.slugs(evaluation))
				.isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> invalidScenarios() throws IOException {
		return cases("invalid.json").map(c -> DynamicTest.dynamicTest(name(c), () -> {
			assertThat(c.get("status")).isEqualTo(400);
			ValidationResult result = validator.validate(answers(c));
			assertThat(result.isValid()).isFalse();
			assertThat(result.errors()).extracting(AnswerError::linkId).contains((String) c.get("errorLinkId"));
		}));
	}

	private static String name(Map<String, Object> c) {
		return (String) c.get("name");
	}

	/**
	 * Overlay on base.json unless the case stands alone; a null value removes the item
	 * (check-guide.py).
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> answers(Map<String, Object> c) throws IOException {
		Map<String, Object> answers = new LinkedHashMap<>();
		if (!Boolean.TRUE.equals(c.get("alone"))) {
			answers.putAll(read("base.json"));
		}
		answers.putAll((Map<String, Object>) c.get("answers"));
		answers.values().removeIf(v -> v == null);
		return answers;
	}

	@SuppressWarnings("unchecked")
	private static Stream<Map<String, Object>> cases(String file) throws IOException {
		return ((List<Map<String, Object>>) read(file).get("cases")).stream();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> read(String file) throws IOException {
		try (InputStream in = ScenarioTest.class.getResourceAsStream("/scenarios/" + file)) {
			return JSON.readValue(in, Map.class);
		}
	}

}
