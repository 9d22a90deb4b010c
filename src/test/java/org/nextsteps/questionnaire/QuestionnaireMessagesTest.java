package org.nextsteps.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.nextsteps.content.Readability;

/**
 * The bundle behind every patient-visible questionnaire text and every validation error.
 */
class QuestionnaireMessagesTest {

	private static final Properties MESSAGES = load();

	private static Properties load() {
		try (InputStream in = QuestionnaireMessagesTest.class
			.getResourceAsStream("/messages/questionnaire.properties")) {
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void everyItemCodeAndStepHasItsTexts() {
		List<String> missing = new ArrayList<>();
		Questionnaire q = Questionnaire.standard();
		for (Item item : q.items()) {
			for (String key : List.of(item.labelKey(), item.helpKey(), item.requiredKey())) {
				check(key, missing);
			}
			item.codes().forEach(code -> check(item.codeKey(code), missing));
		}
		// as the wizard's and the editor's templates name them
		q.steps().forEach(step -> check("q.step." + step.number() + ".title", missing));
		for (String key : List.of(AnswerValidator.UNKNOWN_ITEM, AnswerValidator.UNKNOWN_CODE,
				AnswerValidator.NOT_ENABLED, AnswerValidator.WRONG_TYPE, AnswerValidator.OUT_OF_RANGE,
				AnswerValidator.SINGLE, AnswerValidator.EXCLUSIVE, AnswerValidator.TOO_MANY,
				AnswerValidator.REQUIRED)) {
			check(key, missing);
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyErrorTheValidatorGivesHasAMessage() {
		AnswerValidator validator = new AnswerValidator(Questionnaire.standard());
		List<Map<String, Object>> bad = List.of(Map.of("x", 1), Map.of("injection_type", "botox"), Map.of(),
				Map.of("relief_duration", "none", "relief_amount", "almost_complete"), Map.of("pain_score", "seven"),
				Map.of("pain_score", 11), Map.of("daily_impact", List.of("mild", "severe")),
				Map.of("other_conditions", List.of("none", "diabetes")),
				Map.of("priorities", List.of("avoid_surgery", "avoid_procedures", "quickest_recovery", "stay_active")));
		List<String> keys = new ArrayList<>();
		for (Map<String, Object> raw : bad) {
			for (AnswerError error : validator.validate(raw).errors()) {
				keys.add(error.messageKey());
				error.args()
					.stream()
					.filter(MessageKey.class::isInstance)
					.map(a -> ((MessageKey) a).key())
					.forEach(keys::add);
			}
		}
		assertThat(keys).contains("error.answer.unknown-item", "error.answer.unknown-code", "error.answer.not-enabled",
				"error.answer.wrong-type", "error.answer.out-of-range", "error.answer.single", "error.answer.exclusive",
				"error.answer.too-many", "q.red_flags.required");
		assertThat(keys).allSatisfy(key -> assertThat(MESSAGES).containsKey(key));
	}

	@Test
	void questionsAndHintsAreEasyToRead() {
		for (Item item : Questionnaire.standard().items()) {
			for (String key : List.of(item.labelKey(), item.helpKey())) {
				assertThat(Readability.grade(MESSAGES.getProperty(key))).as(key).isLessThanOrEqualTo(8.0);
			}
		}
	}

	@Test
	void theBundleHasNoKeysForItemsOrCodesThatDoNotExist() {
		Questionnaire q = Questionnaire.standard();
		for (String key : MESSAGES.stringPropertyNames()) {
			if (key.startsWith("q.") && !key.startsWith("q.step.")) {
				String[] parts = key.split("\\.", 3);
				Item item = q.item(parts[1]).orElse(null);
				assertThat(item).as(key).isNotNull();
				assertThat(List.of("label", "help", "required").contains(parts[2]) || item.hasCode(parts[2])).as(key)
					.isTrue();
			}
		}
	}

	private static void check(String key, List<String> missing) {
		String text = MESSAGES.getProperty(key);
		if (text == null || text.isBlank()) {
			missing.add(key);
		}
	}

}
