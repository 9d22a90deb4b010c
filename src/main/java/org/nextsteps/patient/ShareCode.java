package org.nextsteps.patient;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * A result as a short, URL-safe code: the release it was made on and every answer,
 * signed. Any instance can rebuild the result from it, and nothing about the patient is
 * stored anywhere.
 *
 * <p>
 * Format, then base64url without padding: one version byte; the release id as an unsigned
 * varint; from version 3 on, the first four bytes of the release's content checksum
 * (SHA-256 of its stored document), so a number can never show other content; for each
 * slot of that version's {@link Layout} one byte (single: code index + 1, integer: value
 * - min + 1, 0 when unanswered) or, for multi slots, a bit set over the codes (ceil(codes
 * / 8) bytes); last, from version 3 on, the first eight bytes of an HMAC-SHA-256 of all
 * that under the instances' shared secret ({@link ShareCodeKeys}), so answers cannot be
 * changed without the code being refused. Versions 1 and 2 ended in the first four bytes
 * of a plain SHA-256 instead, which anyone can recompute: they still open, but only for
 * releases published before version 3 existed ({@link ShareCodeKeys#acceptsUnsigned}).
 *
 * <p>
 * Each version's layout is frozen text (version 1 whole, a later one as the items whose
 * codes it changes), so a link made once keeps its meaning: adding a code to the
 * questionnaire means a new version with a new layout, and the old versions still decode
 * (version 1 has the codes of 2026-11; version 2 adds those of 2026-12-01; version 3 has
 * version 2's answers, signed; version 4 adds, after the answers, what the patient said
 * while weighing the options: {@link #REFLECTION}).
 */
final class ShareCode {

	/** Version 1: the questionnaire before the contract additions of 2026-12-01. */
	static final Layout V1 = Layout.parse(1, """
			red_flags:m:bladder_bowel_change,saddle_numbness,leg_weakness_worsening,fever_or_site_infection,\
			headache_upright,new_numbness_after_injection,cancer_or_weight_loss,recent_trauma,constant_night_pain,none;
			injection_type:s:epidural_steroid,facet_joint,medial_branch_block,selective_nerve_root_block,\
			sacroiliac_joint,trigger_point,radiofrequency_ablation,joint_or_tendon_steroid,not_sure;
			spine_region:s:lower_back,mid_back,neck;
			injection_count:s:one,two_or_three,four_or_more;
			image_guidance:s:yes,no,not_sure;
			time_since_injection:s:under_3_days,3_to_14_days,2_to_6_weeks,over_6_weeks;
			relief_duration:s:none,hours,days_to_weeks,months,still_waiting;
			relief_amount:s:less_than_half,about_half_or_more,almost_complete;
			pain_now_vs_before:s:better,same,worse;
			pain_location:m:back_or_neck,one_leg,both_legs,arm,buttock_or_hip,joint_or_limb,widespread;
			numbness_tingling:s:yes,no;
			walking_worse:s:yes,no;
			pain_duration:s:under_6_weeks,6_weeks_to_3_months,3_to_12_months,over_1_year;
			pain_score:i:0-10;
			daily_impact:s:mild,moderate,severe;
			imaging:s:mri_within_year,mri_older,ct_or_xray_only,none,not_sure;
			imaging_findings:m:herniated_disc,spinal_stenosis,spondylolisthesis_or_instability,facet_arthritis,\
			disc_degeneration,nothing_significant,not_sure;
			previous_spine_surgery:s:yes,no;
			other_conditions:m:fibromyalgia_or_widespread_pain,depression_or_anxiety,osteoporosis,diabetes,\
			blood_thinners,none;
			age_band:s:under_20,20_to_49,50_to_69,70_or_over;
			tried:m:physical_therapy,home_exercise,anti_inflammatories,nerve_pain_medicine,muscle_relaxants,opioids,\
			chiropractic,acupuncture,massage,mind_body,weight_or_ergonomics,radiofrequency_ablation,none;
			priorities:m:avoid_surgery,avoid_procedures,avoid_daily_medicines,longest_lasting_relief,\
			quickest_recovery,find_the_cause,stay_active
			""");

	/**
	 * Version 2: the contract of 2026-12-01 (new red flags, joint findings, weakened
	 * immune system, priorities): version 1 with these four items' codes.
	 */
	static final Layout V2 = V1.changing(2, """
			red_flags:m:bladder_bowel_change,saddle_numbness,fever_with_stiff_neck_or_confusion,\
			leg_weakness_worsening,hand_clumsiness_or_unsteady_walking,fever_or_site_infection,headache_upright,\
			new_numbness_after_injection,cancer_or_weight_loss,recent_trauma,constant_night_pain,none;
			imaging_findings:m:herniated_disc,spinal_stenosis,spondylolisthesis_or_instability,facet_arthritis,\
			disc_degeneration,joint_arthritis,tendon_or_soft_tissue_problem,nothing_significant,not_sure;
			other_conditions:m:fibromyalgia_or_widespread_pain,depression_or_anxiety,osteoporosis,diabetes,\
			blood_thinners,weakened_immune_system,none;
			priorities:m:avoid_surgery,avoid_procedures,avoid_daily_medicines,longest_lasting_relief,\
			quickest_recovery,fastest_relief,lowest_risk,find_the_cause,stay_active
			""");

	/**
	 * Version 3: version 2's answers, with the release's content checksum, signed
	 * (HMAC-SHA-256).
	 */
	static final Layout V3 = new Layout(3, V2.slots());

	/**
	 * What a patient says on the result page (issue 13), after the answers from version 4
	 * on: how much each trade-off matters (1-5), the rank of the option they lean toward
	 * (0: not sure yet) and the four readiness answers. Kept apart from the answers: the
	 * questionnaire does not know them.
	 */
	static final Layout REFLECTION = Layout.parse(4, """
			value_fastest_relief:i:1-5;value_longest_lasting_relief:i:1-5;value_avoid_procedures:i:1-5;\
			value_avoid_surgery:i:1-5;value_lowest_risk:i:1-5;value_quickest_recovery:i:1-5;
			leaning:i:0-250;
			ready_sure:s:yes,no;ready_informed:s:yes,no;ready_values:s:yes,no;ready_support:s:yes,no
			""");

	/**
	 * Version 4: version 3's answers, then the patient's {@link #REFLECTION}: the version
	 * of codes whose patient has said something while weighing their options (the others
	 * stay in version 3, 11 bytes shorter).
	 */
	static final Layout V4 = new Layout(4, Stream.concat(V3.slots().stream(), REFLECTION.slots().stream()).toList());

	/** The version new codes of answers alone are made in. */
	static final Layout CURRENT = V3;

	/** The slots of {@link #REFLECTION}, by item. */
	private static final Set<String> REFLECTION_IDS = REFLECTION.slots()
		.stream()
		.map(Slot::linkId)
		.collect(Collectors.toUnmodifiableSet());

	/**
	 * The first version whose codes are signed and name their release's content; older
	 * ones carry a plain SHA-256.
	 */
	static final int SIGNED_SINCE = 3;

	private static final Map<Integer, Layout> LAYOUTS = Map.of(V1.version(), V1, V2.version(), V2, V3.version(), V3,
			V4.version(), V4);

	static final int MAX_LENGTH = 200;

	/**
	 * Length of the plain SHA-256 checksum that ends an unsigned code (versions 1 and 2).
	 */
	private static final int CHECKSUM_BYTES = 4;

	/** How much of the release's content checksum a signed code carries. */
	static final int RELEASE_CHECKSUM_BYTES = 4;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private ShareCode() {
	}

	/**
	 * What a code holds: its version, the release it was made from and the answers in
	 * their raw (validator) form; {@code releaseChecksum} is the start of the release's
	 * content checksum (hex), null in unsigned versions; {@code rawReflection} holds the
	 * {@link #REFLECTION} slots that have a value (empty before version 4).
	 */
	record Decoded(int version, long releaseId, String releaseChecksum, Map<String, Object> rawAnswers,
			Map<String, Object> rawReflection) {

		/**
		 * Whether the release with this number is the content the code was made on
		 * (unsigned codes cannot tell).
		 */
		boolean madeOn(String contentChecksum) {
			return releaseChecksum == null || contentChecksum.startsWith(releaseChecksum);
		}

	}

	/** The kind of one slot of a layout. */
	enum SlotType {

		SINGLE, MULTI, INTEGER

	}

	/**
	 * One answer's place in a code: its item, kind, codes in bit order, and for integers
	 * the range.
	 */
	record Slot(String linkId, SlotType type, List<String> codes, int min, int max) {

		int width() {
			return type == SlotType.MULTI ? (codes.size() + 7) / 8 : 1;
		}

	}

	/** The frozen answer layout of one code version. */
	record Layout(int version, List<Slot> slots) {

		/** Reads {@code linkId:s|m|i:codes-or-range} entries separated by semicolons. */
		static Layout parse(int version, String text) {
			List<Slot> slots = new ArrayList<>();
			for (String entry : text.replace("\n", "").split(";")) {
				String[] parts = entry.strip().split(":");
				switch (parts[1]) {
					case "s" -> slots.add(new Slot(parts[0], SlotType.SINGLE, List.of(parts[2].split(",")), 0, 0));
					case "m" -> slots.add(new Slot(parts[0], SlotType.MULTI, List.of(parts[2].split(",")), 0, 0));
					case "i" -> {
						String[] range = parts[2].split("-");
						slots.add(new Slot(parts[0], SlotType.INTEGER, List.of(), Integer.parseInt(range[0]),
								Integer.parseInt(range[1])));
					}
					default -> throw new IllegalArgumentException("Bad slot " + entry);
				}
			}
			return new Layout(version, List.copyOf(slots));
		}

		/**
		 * A later version: this layout with the slots {@code text} holds (as
		 * {@link #parse} reads them) in place of those of the same items, in the same
		 * order.
		 */
		Layout changing(int laterVersion, String text) {
			Map<String, Slot> changed = new LinkedHashMap<>();
			parse(laterVersion, text).slots().forEach(slot -> changed.put(slot.linkId(), slot));
			List<Slot> next = new ArrayList<>();
			for (Slot slot : slots) {
				Slot replacement = changed.remove(slot.linkId());
				next.add(replacement == null ? slot : replacement);
			}
			if (!changed.isEmpty()) {
				throw new IllegalArgumentException("No slot to change for " + changed.keySet());
			}
			return new Layout(laterVersion, List.copyOf(next));
		}

		/**
		 * The layout a questionnaire would have: what a test compares {@link #CURRENT}
		 * with.
		 */
		static Layout of(int version, Questionnaire questionnaire) {
			return new Layout(version, questionnaire.items().stream().map(item -> switch (item.type()) {
				case SINGLE -> new Slot(item.linkId(), SlotType.SINGLE, item.codes(), 0, 0);
				case MULTI -> new Slot(item.linkId(), SlotType.MULTI, item.codes(), 0, 0);
				case INTEGER -> new Slot(item.linkId(), SlotType.INTEGER, List.of(), item.min(), item.max());
			}).toList());
		}

	}

	/**
	 * A code of the current version: signed, naming the release by number and content
	 * checksum (its SHA-256, hex).
	 */
	static String encode(ShareCodeKeys keys, long releaseId, String releaseChecksum, Answers answers) {
		return encode(keys, releaseId, releaseChecksum, answers, Map.of());
	}

	/**
	 * A code with the patient's reflection: values keyed by the items of
	 * {@link #REFLECTION} (integers, or "yes" and "no"); a code of the current version
	 * when there is none, of version 4 otherwise.
	 */
	static String encode(ShareCodeKeys keys, long releaseId, String releaseChecksum, Answers answers,
			Map<String, Object> reflection) {
		if (!REFLECTION_IDS.containsAll(reflection.keySet())) {
			throw new IllegalArgumentException("Not part of a reflection: " + reflection.keySet());
		}
		byte[] checksum = HexFormat.of().parseHex(releaseChecksum, 0, RELEASE_CHECKSUM_BYTES * 2);
		byte[] payload = payload(reflection.isEmpty() ? CURRENT : V4, releaseId, checksum, answers, reflection);
		return ENCODER.encodeToString(join(payload, keys.tag(payload)));
	}

	/**
	 * A code of an unsigned version (1 or 2), as the app made them before version 3: only
	 * for tests that show old links still open and that forged ones do not.
	 */
	static String encodeUnsigned(Layout layout, long releaseId, Answers answers) {
		if (layout.version() >= SIGNED_SINCE) {
			throw new IllegalArgumentException("Code version " + layout.version() + " is signed");
		}
		byte[] payload = payload(layout, releaseId, new byte[0], answers, Map.of());
		return ENCODER.encodeToString(join(payload, Arrays.copyOf(sha256(payload), CHECKSUM_BYTES)));
	}

	private static byte[] payload(Layout layout, long releaseId, byte[] releaseChecksum, Answers answers,
			Map<String, Object> reflection) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(48);
		out.write(layout.version());
		writeVarint(out, releaseId);
		out.writeBytes(releaseChecksum);
		for (Slot slot : layout.slots()) {
			if (REFLECTION_IDS.contains(slot.linkId())) {
				out.write(reflectionByte(layout, slot, reflection.get(slot.linkId())));
				continue;
			}
			switch (slot.type()) {
				case SINGLE ->
					out.write(answers.code(slot.linkId()).map(code -> index(layout, slot, code) + 1).orElse(0));
				case INTEGER -> {
					OptionalInt value = answers.integer(slot.linkId());
					out.write(value.isPresent() ? value.getAsInt() - slot.min() + 1 : 0);
				}
				case MULTI -> {
					byte[] bits = new byte[slot.width()];
					for (String code : answers.codes(slot.linkId())) {
						int index = index(layout, slot, code);
						bits[index / 8] |= (byte) (1 << (index % 8));
					}
					out.writeBytes(bits);
				}
			}
		}
		return out.toByteArray();
	}

	/** One reflection slot's byte: as an answer's, 0 when it has no value. */
	private static int reflectionByte(Layout layout, Slot slot, Object value) {
		if (value == null) {
			return 0;
		}
		if (slot.type() == SlotType.SINGLE) {
			return index(layout, slot, value.toString()) + 1;
		}
		int number = (Integer) value;
		if (number < slot.min() || number > slot.max()) {
			throw new IllegalArgumentException(slot.linkId() + " out of range: " + number);
		}
		return number - slot.min() + 1;
	}

	private static byte[] join(byte[] payload, byte[] check) {
		byte[] whole = Arrays.copyOf(payload, payload.length + check.length);
		System.arraycopy(check, 0, whole, payload.length, check.length);
		return whole;
	}

	private static int index(Layout layout, Slot slot, String code) {
		int index = slot.codes().indexOf(code);
		if (index < 0) {
			throw new IllegalArgumentException(code + " has no place in code version " + layout.version());
		}
		return index;
	}

	/**
	 * Empty for anything damaged, tampered with, forged or of an unknown version: never
	 * an exception. A signed code must carry a tag made with one of {@code keys}; an
	 * unsigned one (version 1 or 2) is accepted only for a release that existed before
	 * codes were signed, since anyone can recompute its checksum.
	 */
	static Optional<Decoded> decode(String code, ShareCodeKeys keys) {
		if (code == null || code.isEmpty() || code.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		byte[] whole;
		try {
			whole = Base64.getUrlDecoder().decode(code.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		// one code, one spelling: the decoder ignores the unused low bits of the last
		// character, so a code that a
		// changed last character still decodes would otherwise open as if nothing had
		// changed
		if (whole.length == 0 || !ENCODER.encodeToString(whole).equals(code)) {
			return Optional.empty();
		}
		Layout layout = LAYOUTS.get(Byte.toUnsignedInt(whole[0]));
		if (layout == null) {
			return Optional.empty();
		}
		boolean signed = layout.version() >= SIGNED_SINCE;
		int checkBytes = signed ? ShareCodeKeys.TAG_BYTES : CHECKSUM_BYTES;
		if (whole.length <= checkBytes + 1) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(whole, whole.length - checkBytes);
		byte[] check = Arrays.copyOfRange(whole, payload.length, whole.length);
		boolean intact = signed ? keys.verify(payload, check)
				: MessageDigest.isEqual(Arrays.copyOf(sha256(payload), CHECKSUM_BYTES), check);
		if (!intact) {
			return Optional.empty();
		}
		int[] position = { 1 };
		long releaseId = readVarint(payload, position);
		if (releaseId <= 0) {
			return Optional.empty();
		}
		String releaseChecksum = null;
		if (signed) {
			if (position[0] + RELEASE_CHECKSUM_BYTES > payload.length) {
				return Optional.empty();
			}
			releaseChecksum = HexFormat.of().formatHex(payload, position[0], position[0] + RELEASE_CHECKSUM_BYTES);
			position[0] += RELEASE_CHECKSUM_BYTES;
		}
		else if (!keys.acceptsUnsigned(releaseId)) {
			return Optional.empty();
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		Map<String, Object> reflection = new LinkedHashMap<>();
		for (Slot slot : layout.slots()) {
			Map<String, Object> raw = REFLECTION_IDS.contains(slot.linkId()) ? reflection : answers;
			int width = slot.width();
			if (position[0] + width > payload.length) {
				return Optional.empty();
			}
			int start = position[0];
			position[0] += width;
			switch (slot.type()) {
				case SINGLE -> {
					int index = Byte.toUnsignedInt(payload[start]);
					if (index > slot.codes().size()) {
						return Optional.empty();
					}
					if (index > 0) {
						raw.put(slot.linkId(), slot.codes().get(index - 1));
					}
				}
				case INTEGER -> {
					int value = Byte.toUnsignedInt(payload[start]);
					if (value > slot.max() - slot.min() + 1) {
						return Optional.empty();
					}
					if (value > 0) {
						raw.put(slot.linkId(), value - 1 + slot.min());
					}
				}
				case MULTI -> {
					List<String> codes = new ArrayList<>();
					for (int i = 0; i < width * 8; i++) {
						if ((payload[start + i / 8] & (1 << (i % 8))) != 0) {
							if (i >= slot.codes().size()) {
								return Optional.empty();
							}
							codes.add(slot.codes().get(i));
						}
					}
					if (!codes.isEmpty()) {
						raw.put(slot.linkId(), codes);
					}
				}
			}
		}
		return position[0] == payload.length
				? Optional.of(new Decoded(layout.version(), releaseId, releaseChecksum, answers, reflection))
				: Optional.empty();
	}

	private static void writeVarint(ByteArrayOutputStream out, long value) {
		long v = value;
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
	}

	private static long readVarint(byte[] bytes, int[] position) {
		long result = 0;
		for (int shift = 0; shift < 63 && position[0] < bytes.length; shift += 7) {
			int b = Byte.toUnsignedInt(bytes[position[0]++]);
			result |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return result;
			}
		}
		return -1;
	}

	private static byte[] sha256(byte[] payload) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(payload);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
