package org.nextsteps.patient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nextsteps.questionnaire.AnswerValidator;
import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

	/** The content checksum of a made-up release. */
	static final String CHECKSUM = hex("release content");

	static final byte[] SECRET = "a secret of at least thirty-two characters".getBytes(StandardCharsets.UTF_8);

	/**
	 * Keys that accept unsigned codes for releases up to 10 (published before signing
	 * began).
	 */
	static final ShareCodeKeys KEYS = new ShareCodeKeys(SECRET, List.of(SECRET), 10);

	static Answers answers() {
		return new AnswerValidator(QUESTIONNAIRE).validate(RAW).answers();
	}

	static String code(long releaseId) {
		return ShareCode.encode(KEYS, releaseId, CHECKSUM, answers());
	}

	@Test
	void roundTripsTheReleaseItsContentAndEveryAnswer() {
		String code = code(12345);
		assertThat(code).matches("[A-Za-z0-9_-]+").hasSizeLessThan(60);
		assertThat(Base64.getUrlDecoder().decode(code)[0]).isEqualTo((byte) 3);
		ShareCode.Decoded decoded = ShareCode.decode(code, KEYS).orElseThrow();
		assertThat(decoded.releaseId()).isEqualTo(12345);
		assertThat(decoded.version()).isEqualTo(3);
		assertThat(decoded.madeOn(CHECKSUM)).isTrue();
		assertThat(decoded.madeOn(hex("other content under the same number"))).isFalse();
		assertThat(new AnswerValidator(QUESTIONNAIRE).validate(decoded.rawAnswers()).answers()).isEqualTo(answers());
	}

	@Test
	void anyChangedCharacterIsDetected() {
		String code = code(1);
		for (int i = 0; i < code.length(); i++) {
			char replacement = code.charAt(i) == 'A' ? 'B' : 'A';
			String tampered = code.substring(0, i) + replacement + code.substring(i + 1);
			assertThat(ShareCode.decode(tampered, KEYS)).as("position %d", i).isEmpty();
		}
	}

	/**
	 * The forgery the plain checksum allowed: change an answer and recompute the SHA-256.
	 * Refused as version 3 (the tag is an HMAC), and as version 2 too for any release
	 * published since signing began.
	 */
	@Test
	void changedAnswersWithARecomputedSha256AreRefused() {
		byte[] whole = Base64.getUrlDecoder().decode(code(11));
		byte[] payload = Arrays.copyOf(whole, whole.length - ShareCodeKeys.TAG_BYTES);
		payload[payload.length - 1] ^= 1; // the last priority
		for (int tagLength : new int[] { ShareCodeKeys.TAG_BYTES, 4 }) {
			String forged = Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(join(payload, Arrays.copyOf(sha256(payload), tagLength)));
			assertThat(ShareCode.decode(forged, KEYS)).as("tag of %d bytes", tagLength).isEmpty();
		}
		Answers changed = new AnswerValidator(QUESTIONNAIRE)
			.validate(withAnswer("priorities", List.of("avoid_surgery")))
			.answers();
		assertThat(ShareCode.decode(ShareCode.encodeUnsigned(ShareCode.V2, 11, changed), KEYS))
			.as("an unsigned code for a release from after signing began")
			.isEmpty();
		assertThat(ShareCode.decode(ShareCode.encodeUnsigned(ShareCode.V2, 10, changed), KEYS))
			.as("an unsigned code for a release from before")
			.isPresent();
	}

	@Test
	void aCodeSignedWithAnotherSecretIsRefusedAndEveryAcceptedSecretWorks() {
		byte[] other = "another secret of thirty-two characters or more".getBytes(StandardCharsets.UTF_8);
		ShareCodeKeys elsewhere = new ShareCodeKeys(other, List.of(other), 10);
		String foreign = ShareCode.encode(elsewhere, 11, CHECKSUM, answers());
		assertThat(ShareCode.decode(foreign, KEYS)).isEmpty();
		ShareCodeKeys both = new ShareCodeKeys(other, List.of(other, SECRET), 10);
		assertThat(ShareCode.decode(foreign, both)).isPresent();
		assertThat(ShareCode.decode(code(11), both)).as("signed before the new secret was configured").isPresent();
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
			assertThat(ShareCode.decode(junk.toString(), KEYS)).isEmpty();
		}
		assertThat(ShareCode.decode("", KEYS)).isEmpty();
		assertThat(ShareCode.decode(null, KEYS)).isEmpty();
		assertThat(ShareCode.decode("A".repeat(5000), KEYS)).isEmpty();
		assertThat(ShareCode.decode("Aw", KEYS)).isEmpty();
	}

	/**
	 * Links made before signing (format versions 1 and 2, made here from their frozen
	 * layouts as the old code made them) still open with the same answers, for releases
	 * published before signing began; new codes have a new version.
	 */
	@Test
	void versionOneAndTwoLinksStillOpen() {
		for (ShareCode.Layout layout : List.of(ShareCode.V1, ShareCode.V2)) {
			String old = ShareCode.encodeUnsigned(layout, 7, answers());
			assertThat(Base64.getUrlDecoder().decode(old)[0]).isEqualTo((byte) layout.version());
			ShareCode.Decoded decoded = ShareCode.decode(old, KEYS).orElseThrow();
			assertThat(decoded.releaseId()).isEqualTo(7);
			assertThat(decoded.releaseChecksum()).isNull();
			assertThat(new AnswerValidator(QUESTIONNAIRE).validate(decoded.rawAnswers()).answers())
				.isEqualTo(answers());
			assertThat(code(7)).isNotEqualTo(old);
		}
		assertThat(Base64.getUrlDecoder().decode(code(7))[0]).isEqualTo((byte) ShareCode.CURRENT.version());
		// a version-1 code of the layout before the new red flags: its third flag was leg
		// weakness, not the new one
		Map<String, Object> weak = new java.util.HashMap<>(Map.of("red_flags", List.of("leg_weakness_worsening")));
		String weakness = ShareCode.encodeUnsigned(ShareCode.V1, 3,
				new AnswerValidator(QUESTIONNAIRE).validate(weak).answers());
		assertThat(ShareCode.decode(weakness, KEYS).orElseThrow().rawAnswers()).containsEntry("red_flags",
				List.of("leg_weakness_worsening"));
		assertThatIllegalArgumentException().as("version 3 is never made unsigned")
			.isThrownBy(() -> ShareCode.encodeUnsigned(ShareCode.V3, 3, answers()));
	}

	/**
	 * Adding or moving a code in the questionnaire must come with a new code version (the
	 * old layout stays).
	 */
	@Test
	void theCurrentLayoutIsTheQuestionnaire() {
		assertThat(ShareCode.CURRENT).isEqualTo(ShareCode.Layout.of(ShareCode.CURRENT.version(), QUESTIONNAIRE));
		assertThat(ShareCode.V4.slots()).startsWith(ShareCode.CURRENT.slots().toArray(ShareCode.Slot[]::new))
			.endsWith(ShareCode.REFLECTION.slots().toArray(ShareCode.Slot[]::new))
			.hasSize(ShareCode.CURRENT.slots().size() + ShareCode.REFLECTION.slots().size());
	}

	/**
	 * Issue 13: what the patient said while weighing their options round-trips, signed,
	 * beside the answers; a code without it decodes to nothing said.
	 */
	@Test
	void theReflectionTravelsBesideTheAnswers() {
		Map<String, Object> reflection = Map.of("value_lowest_risk", 5, "value_fastest_relief", 1, "leaning", 3,
				"ready_sure", "no", "ready_support", "yes");
		String code = ShareCode.encode(KEYS, 11, CHECKSUM, answers(), reflection);
		ShareCode.Decoded decoded = ShareCode.decode(code, KEYS).orElseThrow();
		assertThat(decoded.rawReflection()).isEqualTo(reflection);
		assertThat(decoded.rawAnswers()).isEqualTo(ShareCode.decode(code(11), KEYS).orElseThrow().rawAnswers());
		assertThat(ShareCode.decode(code(11), KEYS).orElseThrow().rawReflection()).isEmpty();
		assertThat(code.length()).isLessThan(ShareCode.MAX_LENGTH);
		assertThat(Base64.getUrlDecoder().decode(code)[0]).isEqualTo((byte) ShareCode.V4.version());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShareCode.encode(KEYS, 11, CHECKSUM, answers(), Map.of("value_lowest_risk", 6)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ShareCode.encode(KEYS, 11, CHECKSUM, answers(), Map.of("pain_score", 3)));
	}

	@Test
	void answersANewerLayoutCannotHoldAreRefusedNotDropped() {
		Map<String, Object> raw = new java.util.HashMap<>(RAW);
		raw.put("priorities", List.of("lowest_risk"));
		Answers answers = new AnswerValidator(QUESTIONNAIRE).validate(raw).answers();
		assertThatIllegalArgumentException().isThrownBy(() -> ShareCode.encodeUnsigned(ShareCode.V1, 1, answers));
	}

	static Map<String, Object> withAnswer(String linkId, Object value) {
		Map<String, Object> raw = new java.util.HashMap<>(RAW);
		raw.put(linkId, value);
		return raw;
	}

	static byte[] join(byte[] a, byte[] b) {
		byte[] whole = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, whole, a.length, b.length);
		return whole;
	}

	/** A SHA-256 in hex, as a release's content checksum is written. */
	static String hex(String text) {
		return java.util.HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
