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

	/**
	 * A link made before the contract additions of 2026-12-01 (format version 1, made here from its frozen layout as
	 * the old code made it) still opens with the same answers, and the new codes have a new version.
	 */
	@Test
	void versionOneLinksStillOpen() {
		String old = ShareCode.encode(ShareCode.V1, 7, answers());
		assertThat(java.util.Base64.getUrlDecoder().decode(old)[0]).isEqualTo((byte) 1);
		ShareCode.Decoded decoded = ShareCode.decode(old).orElseThrow();
		assertThat(decoded.releaseId()).isEqualTo(7);
		assertThat(new AnswerValidator(QUESTIONNAIRE).validate(decoded.rawAnswers()).answers()).isEqualTo(answers());
		String current = ShareCode.encode(7, answers());
		assertThat(java.util.Base64.getUrlDecoder().decode(current)[0]).isEqualTo((byte) ShareCode.CURRENT.version());
		assertThat(current).isNotEqualTo(old);
		// a version-1 code of the layout before the new red flags: its third flag was leg weakness, not the new one
		Map<String, Object> weak = new java.util.HashMap<>(Map.of("red_flags", List.of("leg_weakness_worsening")));
		String weakness = ShareCode.encode(ShareCode.V1, 3, new AnswerValidator(QUESTIONNAIRE).validate(weak).answers());
		assertThat(ShareCode.decode(weakness).orElseThrow().rawAnswers()).containsEntry("red_flags",
				List.of("leg_weakness_worsening"));
	}

	/** Adding or moving a code in the questionnaire must come with a new code version (the old layout stays). */
	@Test
	void theCurrentLayoutIsTheQuestionnaire() {
		assertThat(ShareCode.CURRENT).isEqualTo(ShareCode.Layout.of(ShareCode.CURRENT.version(), QUESTIONNAIRE));
	}

	@Test
	void answersANewerLayoutCannotHoldAreRefusedNotDropped() {
		Map<String, Object> raw = new java.util.HashMap<>(RAW);
		raw.put("priorities", List.of("lowest_risk"));
		Answers answers = new AnswerValidator(QUESTIONNAIRE).validate(raw).answers();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ShareCode.encode(ShareCode.V1, 1, answers));
	}

}
