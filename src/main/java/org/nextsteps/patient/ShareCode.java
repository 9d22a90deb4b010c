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
import org.nextsteps.questionnaire.Item;
import org.nextsteps.questionnaire.Questionnaire;

/**
 * A result as a short, URL-safe code: the release number and every answer, with a checksum. Any instance
 * can rebuild the result from it, and nothing about the patient is stored anywhere.
 *
 * <p>Format (version 1), then base64url without padding: one version byte; the release id as an unsigned
 * varint; for each item in questionnaire order one byte (single: code index + 1, integer: value - min + 1,
 * 0 when unanswered) or, for multi items, a bit set over the codes (ceil(codes / 8) bytes); last, the first
 * four bytes of the SHA-256 of all that. Adding a code to an item changes the layout: bump the version and
 * keep decoding the old one.
 */
final class ShareCode {

	static final int VERSION = 1;

	static final int MAX_LENGTH = 200;

	private static final int CHECKSUM_BYTES = 4;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private ShareCode() {
	}

	/** What a code holds: the release it was made from and the answers in their raw (validator) form. */
	record Decoded(long releaseId, Map<String, Object> rawAnswers) {
	}

	static String encode(long releaseId, Answers answers, Questionnaire questionnaire) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(48);
		out.write(VERSION);
		writeVarint(out, releaseId);
		for (Item item : questionnaire.items()) {
			switch (item.type()) {
				case SINGLE -> out.write(answers.code(item.linkId()).map(code -> item.codeIndex(code) + 1).orElse(0));
				case INTEGER -> {
					OptionalInt value = answers.integer(item.linkId());
					out.write(value.isPresent() ? value.getAsInt() - item.min() + 1 : 0);
				}
				case MULTI -> {
					byte[] bits = new byte[(item.codes().size() + 7) / 8];
					for (String code : answers.codes(item.linkId())) {
						int index = item.codeIndex(code);
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

	/** Empty for anything damaged, tampered with, or of an unknown version: never an exception. */
	static Optional<Decoded> decode(String code, Questionnaire questionnaire) {
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
		if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(whole, payload.length, whole.length))
				|| payload[0] != VERSION) {
			return Optional.empty();
		}
		int[] position = { 1 };
		long releaseId = readVarint(payload, position);
		if (releaseId <= 0) {
			return Optional.empty();
		}
		Map<String, Object> raw = new LinkedHashMap<>();
		for (Item item : questionnaire.items()) {
			int width = item.type() == org.nextsteps.questionnaire.ItemType.MULTI ? (item.codes().size() + 7) / 8 : 1;
			if (position[0] + width > payload.length) {
				return Optional.empty();
			}
			int start = position[0];
			position[0] += width;
			switch (item.type()) {
				case SINGLE -> {
					int index = Byte.toUnsignedInt(payload[start]);
					if (index > item.codes().size()) {
						return Optional.empty();
					}
					if (index > 0) {
						raw.put(item.linkId(), item.codes().get(index - 1));
					}
				}
				case INTEGER -> {
					int value = Byte.toUnsignedInt(payload[start]);
					if (value > 0) {
						raw.put(item.linkId(), value - 1 + item.min());
					}
				}
				case MULTI -> {
					List<String> codes = new ArrayList<>();
					for (int i = 0; i < width * 8; i++) {
						if ((payload[start + i / 8] & (1 << (i % 8))) != 0) {
							if (i >= item.codes().size()) {
								return Optional.empty();
							}
							codes.add(item.codes().get(i));
						}
					}
					if (!codes.isEmpty()) {
						raw.put(item.linkId(), codes);
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
