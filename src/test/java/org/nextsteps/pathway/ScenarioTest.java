package org.nextsteps.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nextsteps.questionnaire.AnswerError;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Questionnaire;
import org.nextsteps.questionnaire.ValidationResult;
import org.nextsteps.scenario.ScenarioCheck;
import org.nextsteps.scenario.ScenarioFile;

/**
 * The shared scenario files, checked the way check-guide.py checks them through the API:
 * validator, then the seed rules, then shape rules and each case's expectations (by the
 * scenario checker that editors' scenarios and publishing use).
 */
class ScenarioTest {

	private static final String BASE = "scenarios/base.json";

	private final AnswerValidator validator = new AnswerValidator(Questionnaire.standard());

	private final Evaluator evaluator = new Evaluator();

	@TestFactory
	Stream<DynamicTest> visibleScenarios() {
		return routine("visible.json");
	}

	/**
	 * Cases written by a pain physician from the clinical review's defect classes (domain
	 * brief, 2026-12-01), without reading the rules: several per class.
	 */
	@TestFactory
	Stream<DynamicTest> clinicalScenarios() {
		return routine("clinical.json");
	}

	/** The pathway engineer's own clinical cases, in the same format. */
	@TestFactory
	Stream<DynamicTest> pathwayScenarios() {
		return routine("pathway.json");
	}

	private Stream<DynamicTest> routine(String file) {
		return cases(file).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			ValidationResult result = validator.validate(c.answers());
			assertThat(result.errors()).as("validation errors").isEmpty();
			Evaluation evaluation = evaluator.evaluate(result.answers(), Fixtures.seedRules());
			assertThat(GuideChecks.shapeProblems(evaluation)).as("shape").isEmpty();
			assertThat(ScenarioCheck.check(c.expectations(), evaluation, GuideChecks.explanations(evaluation)))
				.as("expectations for %s", GuideChecks.slugs(evaluation))
				.isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> invalidScenarios() {
		return cases("invalid.json").map(c -> DynamicTest.dynamicTest(c.name(), () -> {
			assertThat(c.source().get("status")).isEqualTo(400);
			ValidationResult result = validator.validate(c.answers());
			assertThat(result.isValid()).isFalse();
			assertThat(result.errors()).extracting(AnswerError::linkId)
				.contains((String) c.source().get("errorLinkId"));
		}));
	}

	/**
	 * Each case's answers overlay base.json unless it stands alone; a null value removes
	 * the item (check-guide.py).
	 */
	private static Stream<ScenarioFile.Case> cases(String file) {
		return ScenarioFile.read(BASE, "scenarios/" + file).stream();
	}

}
