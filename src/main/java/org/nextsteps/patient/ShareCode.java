package org.nextsteps.patient;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.nextsteps.questionnaire.Answers;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * A result as a short, URL-safe code: the release number and every answer, with a checksum. Any instance
 * can rebuild the result from it, and nothing about the patient is stored anywhere.
 *
 * <p>Format, then base64url without padding: one version byte; the release id as an unsigned varint; for each slot
 * of that version's {@link Layout} one byte (single: code index + 1, integer: value - min + 1, 0 when unanswered) or,
 * for multi slots, a bit set over the codes (ceil(codes / 8) bytes); last, the first four bytes of the SHA-256 of all
 * that. Each version's layout is frozen text, so a link made once keeps its meaning: adding a code to the
 * questionnaire means a new version with a new layout, and the old versions still decode (version 1 has the codes of
 * 2026-11; version 2 adds those of 2026-12-01).
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

	/** Version 2: the contract of 2026-12-01 (new red flags, joint findings, weakened immune system, priorities). */
	static final Layout V2 = Layout.parse(2, """
			red_flags:m:bladder_bowel_change,saddle_numbness,fever_with_stiff_neck_or_confusion,\
			leg_weakness_worsening,hand_clumsiness_or_unsteady_walking,fever_or_site_infection,headache_upright,\
			new_numbness_after_injection,cancer_or_weight_loss,recent_trauma,constant_night_pain,none;
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
			disc_degeneration,joint_arthritis,tendon_or_soft_tissue_problem,nothing_significant,not_sure;
			previous_spine_surgery:s:yes,no;
			other_conditions:m:fibromyalgia_or_widespread_pain,depression_or_anxiety,osteoporosis,diabetes,\
			blood_thinners,weakened_immune_system,none;
			age_band:s:under_20,20_to_49,50_to_69,70_or_over;
			tried:m:physical_therapy,home_exercise,anti_inflammatories,nerve_pain_medicine,muscle_relaxants,opioids,\
			chiropractic,acupuncture,massage,mind_body,weight_or_ergonomics,radiofrequency_ablation,none;
			priorities:m:avoid_surgery,avoid_procedures,avoid_daily_medicines,longest_lasting_relief,\
			quickest_recovery,fastest_relief,lowest_risk,find_the_cause,stay_active
			""");

	/** The version new codes are made in. */
	static final Layout CURRENT = V2;

	private static final Map<Integer, Layout> LAYOUTS = Map.of(V1.version(), V1, V2.version(), V2);

	static final int MAX_LENGTH = 200;

	private static final int CHECKSUM_BYTES = 4;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private ShareCode() {
	}

	/** What a code holds: the release it was made from and the answers in their raw (validator) form. */
	record Decoded(long releaseId, Map<String, Object> rawAnswers) {
	}

	/** The kind of one slot of a layout. */
	enum SlotType {

		SINGLE, MULTI, INTEGER

	}

	/** One answer's place in a code: its item, kind, codes in bit order, and for integers the range. */
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

		/** The layout a questionnaire would have: what a test compares {@link #CURRENT} with. */
		static Layout of(int version, Questionnaire questionnaire) {
			return new Layout(version, questionnaire.items().stream().map(item -> switch (item.type()) {
				case SINGLE -> new Slot(item.linkId(), SlotType.SINGLE, item.codes(), 0, 0);
				case MULTI -> new Slot(item.linkId(), SlotType.MULTI, item.codes(), 0, 0);
				case INTEGER -> new Slot(item.linkId(), SlotType.INTEGER, List.of(), item.min(), item.max());
			}).toList());
		}

	}

	static String encode(long releaseId, Answers answers) {
		return encode(CURRENT, releaseId, answers);
	}

	static String encode(Layout layout, long releaseId, Answers answers) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(48);
		out.write(layout.version());
		writeVarint(out, releaseId);
		for (Slot slot : layout.slots()) {
			switch (slot.type()) {
				case SINGLE -> out.write(answers.code(slot.linkId()).map(code -> index(layout, slot, code) + 1).orElse(0));
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
		byte[] payload = out.toByteArray();
		byte[] whole = Arrays.copyOf(payload, payload.length + CHECKSUM_BYTES);
		System.arraycopy(checksum(payload), 0, whole, payload.length, CHECKSUM_BYTES);
		return ENCODER.encodeToString(whole);
	}

	private static int index(Layout layout, Slot slot, String code) {
		int index = slot.codes().indexOf(code);
		if (index < 0) {
			throw new IllegalArgumentException(code + " has no place in code version " + layout.version());
		}
		return index;
	}

	/** Empty for anything damaged, tampered with, or of an unknown version: never an exception. */
	static Optional<Decoded> decode(String code) {
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
		if (whole.length <= CHECKSUM_BYTES + 1) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(whole, whole.length - CHECKSUM_BYTES);
		byte[] expected = Arrays.copyOf(checksum(payload), CHECKSUM_BYTES);
		Layout layout = LAYOUTS.get((int) payload[0]);
		if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(whole, payload.length, whole.length)) || layout == null) {
			return Optional.empty();
		}
		int[] position = { 1 };
		long releaseId = readVarint(payload, position);
		if (releaseId <= 0) {
			return Optional.empty();
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		for (Slot slot : layout.slots()) {
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
		return position[0] == payload.length ? Optional.of(new Decoded(releaseId, raw)) : Optional.empty();
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

	private static byte[] checksum(byte[] payload) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(payload);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
