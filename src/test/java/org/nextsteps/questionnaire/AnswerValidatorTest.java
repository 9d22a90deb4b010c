package org.nextsteps.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerValidatorTest {

	private final AnswerValidator validator = new AnswerValidator(Questionnaire.standard());

	/** A complete, valid answer set (as shared/scenarios/base.json). */
	static Map<String, Object> base() {
		Map<String, Object> a = new LinkedHashMap<>();
		a.put("red_flags", List.of("none"));
		a.put("injection_type", "epidural_steroid");
		a.put("spine_region", "lower_back");
		a.put("injection_count", "one");
		a.put("image_guidance", "yes");
		a.put("time_since_injection", "2_to_6_weeks");
		a.put("relief_duration", "none");
		a.put("pain_now_vs_before", "same");
		a.put("pain_location", List.of("back_or_neck"));
		a.put("numbness_tingling", "no");
		a.put("walking_worse", "no");
		a.put("pain_duration", "3_to_12_months");
		a.put("pain_score", 6);
		a.put("daily_impact", "moderate");
		a.put("imaging", "mri_within_year");
		a.put("imaging_findings", List.of("nothing_significant"));
		a.put("previous_spine_surgery", "no");
		a.put("other_conditions", List.of("none"));
		a.put("age_band", "20_to_49");
		a.put("tried", List.of("home_exercise", "anti_inflammatories"));
		return a;
	}

	private static Map<String, Object> with(Object... pairs) {
		Map<String, Object> a = base();
		for (int i = 0; i < pairs.length; i += 2) {
			a.put((String) pairs[i], pairs[i + 1]);
		}
		a.values().removeIf(v -> v == null);
		return a;
	}

	private List<AnswerError> errors(Map<String, ?> raw) {
		ValidationResult result = validator.validate(raw);
		assertThat(result.isValid()).as("expected errors for %s", raw).isFalse();
		return result.errors();
	}

	private AnswerError onlyError(Map<String, ?> raw) {
		assertThat(errors(raw)).hasSize(1);
		return errors(raw).get(0);
	}

	@Test
	void aCompleteAnswerSetIsValidAndInQuestionnaireOrder() {
		Map<String, Object> shuffled = new LinkedHashMap<>();
		List<String> keys = new ArrayList<>(base().keySet());
		java.util.Collections.reverse(keys);
		keys.forEach(k -> shuffled.put(k, base().get(k)));
		ValidationResult result = validator.validate(shuffled);
		assertThat(result.errors()).isEmpty();
		assertThat(result.answers().values().keySet()).containsExactlyElementsOf(base().keySet());
		assertThat(result.answers().get("pain_score")).contains(new Answer.Whole(6));
		assertThat(result.answers().get("injection_type")).contains(new Answer.Single("epidural_steroid"));
	}

	@Test
	void multiCodesAreDeduplicatedIntoContractOrder() {
		Answers answers = validator
			.validate(with("tried", List.of("opioids", "massage", "opioids", "physical_therapy")))
			.answers();
		assertThat(answers.get("tried")).contains(new Answer.Multi(List.of("physical_therapy", "opioids", "massage")));
	}

	@Nested
	class Errors {

		@Test
		void unknownItem() {
			assertThat(onlyError(with("favourite_colour", "blue")))
				.isEqualTo(new AnswerError("favourite_colour", "error.answer.unknown-item", List.of()));
		}

		@Test
		void unknownCode() {
			AnswerError error = onlyError(with("injection_type", "botox"));
			assertThat(error.linkId()).isEqualTo("injection_type");
			assertThat(error.messageKey()).isEqualTo("error.answer.unknown-code");
			assertThat(onlyError(with("tried", List.of("massage", "yoga"))).messageKey())
				.isEqualTo("error.answer.unknown-code");
		}

		@Test
		void anOverlongStringIsAnUnknownCodeAndIsNotEchoedInFull() {
			String huge = "x".repeat(100_000);
			AnswerError error = onlyError(with("injection_type", huge));
			assertThat(error.messageKey()).isEqualTo("error.answer.unknown-code");
			assertThat(error.args()).allSatisfy(arg -> assertThat(arg.toString()).hasSizeLessThan(50));
			assertThat(onlyError(with("red_flags", List.of("n" + "o".repeat(300) + "ne"))).messageKey())
				.isEqualTo("error.answer.unknown-code");
		}

		@Test
		void missingRequiredAnswerUsesTheItemsOwnMessage() {
			assertThat(onlyError(with("age_band", null)))
				.isEqualTo(new AnswerError("age_band", "q.age_band.required", List.of()));
			assertThat(onlyError(with("relief_duration", "hours")))
				.isEqualTo(new AnswerError("relief_amount", "q.relief_amount.required", List.of()));
		}

		@Test
		void blankAndEmptyAnswersCountAsMissing() {
			assertThat(onlyError(with("age_band", "  ")).messageKey()).isEqualTo("q.age_band.required");
			assertThat(onlyError(with("tried", List.of())).messageKey()).isEqualTo("q.tried.required");
		}

		@Test
		void everyMissingItemIsNamed() {
			assertThat(errors(Map.of())).extracting(AnswerError::linkId)
				.containsExactly("red_flags", "injection_type", "spine_region", "injection_count", "image_guidance",
						"time_since_injection", "relief_duration", "relief_amount", "pain_now_vs_before",
						"pain_location", "numbness_tingling", "walking_worse", "pain_duration", "pain_score",
						"daily_impact", "imaging", "previous_spine_surgery", "other_conditions", "age_band", "tried");
		}

		@Test
		void answerToAnItemThatIsNotEnabled() {
			assertThat(onlyError(with("relief_duration", "none", "relief_amount", "almost_complete")))
				.isEqualTo(new AnswerError("relief_amount", "error.answer.not-enabled", List.of()));
			assertThat(onlyError(with("injection_type", "joint_or_tendon_steroid")).linkId()).isEqualTo("spine_region");
			assertThat(onlyError(with("imaging", "none")).linkId()).isEqualTo("imaging_findings");
			// even a malformed value for a hidden item is reported as not belonging
			assertThat(onlyError(with("imaging", "none", "imaging_findings", "junk")).messageKey())
				.isEqualTo("error.answer.not-enabled");
		}

		@Test
		void aWrongControllingAnswerSilencesItsDependents() {
			AnswerError error = onlyError(with("imaging", "pet_scan"));
			assertThat(error.linkId()).isEqualTo("imaging");
		}

		@Test
		void wrongType() {
			assertThat(onlyError(with("pain_score", "seven")))
				.isEqualTo(new AnswerError("pain_score", "error.answer.wrong-type", List.of()));
			assertThat(onlyError(with("red_flags", "none")).messageKey()).isEqualTo("error.answer.wrong-type");
			assertThat(onlyError(with("red_flags", List.of(List.of("none")))).messageKey())
				.isEqualTo("error.answer.wrong-type");
			assertThat(onlyError(with("daily_impact", 3)).messageKey()).isEqualTo("error.answer.wrong-type");
			assertThat(onlyError(with("daily_impact", Map.of("code", "mild"))).messageKey())
				.isEqualTo("error.answer.wrong-type");
			assertThat(onlyError(with("tried", Arrays.asList("massage", null))).messageKey())
				.isEqualTo("error.answer.wrong-type");
		}

		@Test
		void moreThanOneCodeForASingleItem() {
			assertThat(onlyError(with("daily_impact", List.of("mild", "severe"))))
				.isEqualTo(new AnswerError("daily_impact", "error.answer.single", List.of()));
		}

		@Test
		void aOneElementListForASingleItemIsAccepted() {
			assertThat(validator.validate(with("daily_impact", List.of("mild"))).answers().code("daily_impact"))
				.contains("mild");
		}

		@ParameterizedTest
		@ValueSource(
				strings = { "-1", "11", "7.5", "1e309", "-1e309", "NaN", "true", "99999999999999999999", "1e-400" })
		void outOfRangeOrNotAWholeNumber(String literal) {
			Object value = switch (literal) {
				case "1e309", "-1e309", "NaN" -> Double.valueOf(literal.replace("1e309", "Infinity"));
				case "true" -> Boolean.TRUE;
				case "99999999999999999999" -> new BigInteger(literal);
				case "7.5" -> 7.5;
				case "1e-400" -> new BigDecimal(literal);
				default -> Integer.valueOf(literal);
			};
			assertThat(onlyError(with("pain_score", value)))
				.isEqualTo(new AnswerError("pain_score", "error.answer.out-of-range", List.of(0, 10)));
		}

		@Test
		void wholeNumbersInAnyNumericTypeAreAccepted() {
			for (Object value : List.of(7, 7L, 7.0, 7.0f, new BigDecimal("7.00"), BigInteger.valueOf(7), (short) 7)) {
				assertThat(validator.validate(with("pain_score", value)).answers().integer("pain_score")).hasValue(7);
			}
			assertThat(validator.validate(with("pain_score", 0)).answers().integer("pain_score")).hasValue(0);
			assertThat(validator.validate(with("pain_score", 10)).answers().integer("pain_score")).hasValue(10);
		}

		@Test
		void exclusiveCodeCombinedWithOthers() {
			AnswerError error = onlyError(with("other_conditions", List.of("none", "diabetes")));
			assertThat(error).isEqualTo(new AnswerError("other_conditions", "error.answer.exclusive",
					List.of(new MessageKey("q.other_conditions.none"))));
			assertThat(onlyError(with("red_flags", List.of("recent_trauma", "none"))).messageKey())
				.isEqualTo("error.answer.exclusive");
			// a repeated exclusive code on its own is still just that code
			assertThat(validator.validate(with("red_flags", List.of("none", "none"))).isValid()).isTrue();
		}

		@Test
		void tooManyPriorities() {
			assertThat(onlyError(with("priorities",
					List.of("avoid_surgery", "avoid_procedures", "quickest_recovery", "stay_active"))))
				.isEqualTo(new AnswerError("priorities", "error.answer.too-many", List.of(3)));
			assertThat(validator
				.validate(
						with("priorities", List.of("avoid_surgery", "stay_active", "avoid_surgery", "find_the_cause")))
				.isValid()).isTrue();
		}

		@Test
		void severalProblemsAreAllReportedOncePerItem() {
			List<AnswerError> errors = errors(with("pain_score", 11, "injection_type", "botox", "colour", "blue",
					"tried", List.of("none", "massage", "yoga")));
			assertThat(errors).extracting(AnswerError::linkId)
				.containsExactly("colour", "injection_type", "pain_score", "tried");
		}

	}

	@Nested
	class SafetyShortCircuit {

		@Test
		void anEmergencyOrUrgentFlagMakesEverythingElseOptional() {
			assertThat(validator.validate(Map.of("red_flags", List.of("bladder_bowel_change"))).isValid()).isTrue();
			assertThat(validator.validate(Map.of("red_flags", List.of("headache_upright", "recent_trauma"))).isValid())
				.isTrue();
		}

		@Test
		void aSoonFlagDoesNot() {
			assertThat(errors(Map.of("red_flags", List.of("recent_trauma")))).hasSize(19);
		}

		@Test
		void answersGivenAlongsideMustStillBeValid() {
			Map<String, Object> raw = new HashMap<>();
			raw.put("red_flags", List.of("saddle_numbness"));
			raw.put("relief_duration", "none");
			raw.put("relief_amount", "almost_complete");
			raw.put("pain_score", 12);
			assertThat(errors(raw)).extracting(AnswerError::linkId).containsExactly("relief_amount", "pain_score");
		}

		@Test
		void aMalformedRedFlagAnswerIsTheOnlyErrorReported() {
			assertThat(errors(Map.of("red_flags", List.of("saddle_numbness", "none")))).extracting(AnswerError::linkId)
				.containsExactly("red_flags");
		}

	}

	@Nested
	class Form {

		private Map<String, List<String>> form(Map<String, Object> answers) {
			Map<String, List<String>> params = new LinkedHashMap<>();
			answers.forEach((k, v) -> params.put(k, v instanceof List<?> list
					? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(v))));
			return params;
		}

		@Test
		void aCompleteFormIsValidWithTheSameAnswersAsJson() {
			ValidationResult result = validator.validateForm(form(base()));
			assertThat(result.errors()).isEmpty();
			assertThat(result.answers()).isEqualTo(validator.validate(base()).answers());
		}

		@Test
		void integersAreParsedFromText() {
			Map<String, List<String>> params = form(base());
			params.put("pain_score", List.of(" 8 "));
			assertThat(validator.validateForm(params).answers().integer("pain_score")).hasValue(8);
			params.put("pain_score", List.of("eight"));
			assertThat(validator.validateForm(params).errors())
				.containsExactly(new AnswerError("pain_score", "error.answer.wrong-type", List.of()));
			params.put("pain_score", List.of("7.5"));
			assertThat(validator.validateForm(params).errors()).extracting(AnswerError::messageKey)
				.containsExactly("error.answer.out-of-range");
			params.put("pain_score", List.of("1e999999999"));
			assertThat(validator.validateForm(params).errors()).extracting(AnswerError::messageKey)
				.containsExactly("error.answer.out-of-range");
		}

		@Test
		void blankValuesAreIgnoredAndTwoValuesForASingleItemAreAnError() {
			Map<String, List<String>> params = form(base());
			params.put("age_band", Arrays.asList("", null, "50_to_69"));
			assertThat(validator.validateForm(params).answers().code("age_band")).contains("50_to_69");
			params.put("age_band", List.of(""));
			assertThat(validator.validateForm(params).errors()).extracting(AnswerError::messageKey)
				.containsExactly("q.age_band.required");
			params.put("age_band", List.of("50_to_69", "70_or_over"));
			assertThat(validator.validateForm(params).errors()).extracting(AnswerError::messageKey)
				.containsExactly("error.answer.single");
			params.put("age_band", null);
			assertThat(validator.validateForm(params).errors()).extracting(AnswerError::messageKey)
				.containsExactly("q.age_band.required");
		}

		@Test
		void everyKeyIsAnAnswerSoStrayParametersAreUnknownItems() {
			Map<String, List<String>> params = form(base());
			params.put("_csrf", List.of("token"));
			assertThat(validator.validateForm(params).errors()).extracting(AnswerError::linkId)
				.containsExactly("_csrf");
		}

		@Test
		void multiItemsTakeEveryValue() {
			Map<String, List<String>> params = form(base());
			params.put("tried", List.of("massage", "opioids"));
			assertThat(validator.validateForm(params).answers().codes("tried")).containsExactly("opioids", "massage");
			params.put("tried", List.of("massage"));
			assertThat(validator.validateForm(params).answers().codes("tried")).containsExactly("massage");
		}

	}

	@Nested
	class Junk {

		@Test
		void nullInputsGiveResultsNotExceptions() {
			assertThat(validator.validate(null).isValid()).isFalse();
			assertThat(validator.validateForm(null).isValid()).isFalse();
			Map<String, Object> nullKey = new HashMap<>(base());
			nullKey.put(null, "x");
			assertThat(errors(nullKey)).extracting(AnswerError::linkId).containsExactly("");
			Map<String, Object> nullValue = new HashMap<>(base());
			nullValue.put("age_band", null);
			assertThat(errors(nullValue)).extracting(AnswerError::linkId).containsExactly("age_band");
		}

		@Test
		void controlCharactersAndHugeKeysAreCutAndCleaned() {
			Map<String, Object> raw = new HashMap<>(base());
			raw.put("\u0000" + "k".repeat(5000), 1);
			AnswerError error = onlyError(raw);
			assertThat(error.messageKey()).isEqualTo("error.answer.unknown-item");
			assertThat(error.linkId()).hasSizeLessThan(50).doesNotContain("\u0000");
		}

		@Test
		void randomJunkNeverThrows() {
			Random rng = new Random(42);
			for (int i = 0; i < 3000; i++) {
				Map<String, Object> raw = new HashMap<>(base());
				for (int j = 0; j < 1 + rng.nextInt(4); j++) {
					List<String> keys = new ArrayList<>(base().keySet());
					keys.add("priorities");
					keys.add("x");
					raw.put(keys.get(rng.nextInt(keys.size())), junk(rng, 0));
				}
				ValidationResult result = validator.validate(raw);
				assertThat(result).isNotNull();
				result.errors().forEach(e -> assertThat(e.linkId()).isNotNull());
			}
		}

		private Object junk(Random rng, int depth) {
			return switch (rng.nextInt(depth > 3 ? 11 : 13)) {
				case 0 -> null;
				case 1 -> rng.nextBoolean();
				case 2 -> rng.nextInt();
				case 3 -> rng.nextDouble() * 20 - 5;
				case 4 -> Double.NaN;
				case 5 -> "";
				case 6 -> "\u0000\u202e\ud800";
				case 7 -> "none";
				case 8 -> "x".repeat(rng.nextInt(500));
				case 9 -> new BigDecimal("1e" + (rng.nextInt(2000) - 1000));
				case 10 -> Map.of("a", 1);
				case 11 -> Arrays.asList(junk(rng, depth + 1), junk(rng, depth + 1));
				default -> List.of(List.of(List.of()));
			};
		}

	}

}
