package org.nextsteps.patient;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

class ShareCodeTests {

	static final Questionnaire QUESTIONNAIRE = Questionnaire.standard();

	static final Map<String, Object> RAW = Map.ofEntries(Map.entry("red_flags", List.of("none")),
			Map.entry("injection_type", "facet_joint"), Map.entry("spine_region", "lower_back"),
			Map.entry("injection_count", "two_or_three"), Map.entry("image_guidance", "yes"),
			Map.entry("time_since_injection", "2_to_6_weeks"), Map.entry("relief_duration", "hours"),
			Map.entry("relief_amount", "about_half_or_more"), Map.entry("pain_now_vs_before", "same"),
			Map.entry("pain_location", List.of("back_or_neck", "buttock_or_hip")), Map.entry("numbness_tingling", "no"),
			Map.entry("walking_worse", "no"), Map.entry("pain_duration", "over_1_year"), Map.entry("pain_score", 7),
			Map.entry("daily_impact", "moderate"), Map.entry("imaging", "mri_within_year"),
			Map.entry("imaging_findings", List.of("facet_arthritis", "disc_degeneration")),
			Map.entry("previous_spine_surgery", "no"), Map.entry("other_conditions", List.of("none")),
			Map.entry("age_band", "50_to_69"), Map.entry("tried", List.of("physical_therapy", "anti_inflammatories")),
			Map.entry("priorities", List.of("avoid_surgery", "stay_active")));

	static Answers answers() {
		return new AnswerValidator(QUESTIONNAIRE).validate(RAW).answers();
	}

	@Test
	void roundTripsTheReleaseAndEveryAnswer() {
		String code = ShareCode.encode(12345, answers());
		assertThat(code).matches("[A-Za-z0-9_-]+").hasSizeLessThan(60);
		ShareCode.Decoded decoded = ShareCode.decode(code).orElseThrow();
		assertThat(decoded.releaseId()).isEqualTo(12345);
		assertThat(new AnswerValidator(QUESTIONNAIRE).validate(decoded.rawAnswers()).answers()).isEqualTo(answers());
	}

	@Test
	void anyChangedCharacterIsDetected() {
		String code = ShareCode.encode(1, answers());
		for (int i = 0; i < code.length(); i++) {
			char replacement = code.charAt(i) == 'A' ? 'B' : 'A';
			String tampered = code.substring(0, i) + replacement + code.substring(i + 1);
			assertThat(ShareCode.decode(tampered)).as("position %d", i).isEmpty();
		}
	}

	@Test
	void junkNeverThrows() {
		Random random = new Random(7);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/%. \u0000é";
		for (int n = 0; n < 5000; n++) {
			StringBuilder junk = new StringBuilder();
			for (int i = random.nextInt(80); i > 0; i--) {
				junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(ShareCode.decode(junk.toString())).isEmpty();
		}
		assertThat(ShareCode.decode("")).isEmpty();
		assertThat(ShareCode.decode(null)).isEmpty();
		assertThat(ShareCode.decode("A".repeat(5000))).isEmpty();
	}

}
